package org.diplograph.dataset;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import org.diplograph.action.code.Dataset;

/**
 * An imported action's record in its data set: which event of which file it is, how the file coded it, and the
 * locator the data set gives for its source. No text of the source is in any of the data sets, and none is here.
 *
 * @param eventKey         the natural key: the event id (GDELT, POLECAT), or id and date (ICEWS, {@code 123/2022-12-07})
 * @param codedAs          the coding as the file writes it: a CAMEO code, or PLOVER type/mode/contexts
 * @param datasetIntensity the file's own score of the event (GDELT GoldsteinScale, ICEWS Intensity, POLECAT Event
 *                         Intensity), or null
 */
public record ActionRecord(long actionKey, Dataset dataset, String eventKey, long importKey, String fileName,
                           long lineNumber, String codedAs, BigDecimal datasetIntensity, String sourceUrl,
                           Long storyId, Integer sentenceNumber, String publisher, String publishedOn, String language,
                           Boolean rootEvent, Integer mentionCount, Integer sourceCount, Integer articleCount,
                           Double averageTone, Double latitude, Double longitude, String placeFeatureId,
                           OffsetDateTime addedAt) {

    /** The same record, of the action stored under this key. */
    ActionRecord of(long action, long importRun) {
        return new ActionRecord(action, dataset, eventKey, importRun, fileName, lineNumber, codedAs, datasetIntensity,
                sourceUrl, storyId, sentenceNumber, publisher, publishedOn, language, rootEvent, mentionCount,
                sourceCount, articleCount, averageTone, latitude, longitude, placeFeatureId, addedAt);
    }
}
