package org.diplograph.dataset.gdelt;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One row of a GDELT 2.0 Events file ({@code *.export.CSV}, 61 tab-separated columns, no header), with what
 * Diplograph keeps of it. GDELT stores no article text: the row points at its source by URL only.
 *
 * @param globalEventId GDELT's id of the event, unique within the data set
 * @param actor1        the actor that acts, or null when GDELT coded none
 * @param actor2        the actor acted upon, or null
 * @param eventCode     the CAMEO code, with its leading zero ("043")
 * @param goldstein     GDELT's Goldstein score of the event code, -10 to +10
 * @param actionGeo     where the action took place, or null
 * @param dateAdded     when GDELT added the row (its 15-minute update), UTC
 */
public record GdeltEvent(long globalEventId, LocalDate day, GdeltActor actor1, GdeltActor actor2, boolean rootEvent,
                         String eventCode, String eventBaseCode, String eventRootCode, int quadClass,
                         BigDecimal goldstein, int numMentions, int numSources, int numArticles, BigDecimal avgTone,
                         GdeltPlace actionGeo, Instant dateAdded, String sourceUrl) {

    /** Columns in a GDELT 2.0 Events row. */
    public static final int COLUMNS = 61;
}
