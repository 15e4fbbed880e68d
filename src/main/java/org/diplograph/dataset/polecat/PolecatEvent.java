package org.diplograph.dataset.polecat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One row of a POLECAT weekly file (tab-separated under a header), coded in PLOVER: an event type and mode, an
 * intensity, contexts, and actor and recipient with their countries, sectors and Wikidata ids where the coder found
 * them. POLECAT keeps no article text; the row names its source and publication date.
 *
 * @param eventId    POLECAT's event id (text)
 * @param eventType  a PLOVER type such as CONSULT or ACCUSE
 * @param contexts   PLOVER contexts, as listed
 */
public record PolecatEvent(String eventId, LocalDate eventDate, String eventType, String eventMode,
                           BigDecimal intensity, String quadCode, List<String> contexts, PolecatParty actor, PolecatParty recipient,
                           String placename, String country, Double latitude, Double longitude, String source,
                           String publicationDate, String language) {

    /**
     * The actor or the recipient.
     *
     * @param country        ISO alpha-3 as POLECAT writes it
     * @param wikipediaId    the coder's Wikidata/Wikipedia id, when it found one
     */
    public record PolecatParty(String name, String country, String primarySector, List<String> sectors, String title,
                        String nameRaw, String wikipediaId) {
    }
}
