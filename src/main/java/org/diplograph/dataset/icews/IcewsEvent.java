package org.diplograph.dataset.icews;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One row of an ICEWS coded-events file (20 tab-separated columns under a header). ICEWS keeps no article text: a
 * row points at its source by story id, sentence number and publisher.
 *
 * @param eventId        ICEWS's id, unique only together with the date
 * @param cameoCode      the CAMEO code as the file writes it
 * @param intensity      ICEWS's intensity (Goldstein scale), -10 to +10
 * @param sourceCountry  the source actor's country, by name ("Mexico"), as ICEWS writes it
 */
public record IcewsEvent(long eventId, LocalDate eventDate, String sourceName, List<String> sourceSectors,
                         String sourceCountry, String eventText, String cameoCode, BigDecimal intensity,
                         String targetName, List<String> targetSectors, String targetCountry, long storyId,
                         int sentenceNumber, String publisher, String city, String district, String province,
                         String country, Double latitude, Double longitude) {
}
