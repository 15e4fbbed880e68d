package org.diplograph.dataset;

import java.time.OffsetDateTime;

/**
 * One more document that reported an imported GDELT event (a GDELT Mentions row): its locator, and where in it GDELT
 * found the actors and the action, as character offsets. The document's text is not in the file, and not here.
 *
 * @param identifier     the document's URL (for web mentions), or its citation
 * @param sentenceNumber the document's sentence, counted from 1
 * @param actor1Offset   character offset of the first actor in the document, or null when GDELT found none
 */
public record Mention(long actionKey, int sentenceNumber, String identifier, long importKey, int mentionType,
                      String sourceName, OffsetDateTime mentionedAt, Integer actor1Offset, Integer actor2Offset,
                      Integer actionOffset, boolean inRawText, int confidence, Integer documentLength,
                      Double documentTone) {
}
