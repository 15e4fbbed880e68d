package org.diplograph.dataset.gdelt;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One row of a GDELT 2.0 Mentions file ({@code *.mentions.CSV}, 16 tab-separated columns, no header): one more place
 * an event was reported, with where in the document GDELT found its actors and action. No text of the document is in
 * the file.
 *
 * @param globalEventId the event it mentions
 * @param mentionType   1 web, 2 citation-only, 3 core, 4 DTIC, 5 JSTOR, 6 non-textual
 * @param identifier    the document's URL (for web mentions), or its citation
 * @param sentenceId    the sentence of the document, counted from 1
 * @param confidence    GDELT's confidence in the extraction, percent
 */
public record GdeltMention(long globalEventId, Instant eventTime, Instant mentionTime, int mentionType,
                           String sourceName, String identifier, int sentenceId, int actor1CharOffset,
                           int actor2CharOffset, int actionCharOffset, boolean inRawText, int confidence,
                           int documentLength, BigDecimal documentTone) {

    /** Columns in a GDELT 2.0 Mentions row. */
    public static final int COLUMNS = 16;
}
