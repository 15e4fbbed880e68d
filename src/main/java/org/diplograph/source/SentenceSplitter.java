package org.diplograph.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a source text into sentences with their offsets. A sentence ends at a line break, or at '.', '!' or '?'
 * (followed by any closing quotes or brackets) before white space or the end of the text, unless the word before is an
 * abbreviation or an initial ("Mr.", "U.S.", "A."). Surrounding white space is not part of a sentence.
 */
public final class SentenceSplitter {

    /** A sentence's text and offsets, before it is stored. */
    public record Span(int start, int end, String text) {
    }

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "sen",
            "rep", "gov", "pres", "u.s", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec", "no", "vs", "etc", "inc", "co", "corp", "ltd");
    private static final String CLOSERS = "\"\u201d')";

    private SentenceSplitter() {
    }

    public static List<Span> split(String text) {
        List<Span> spans = new ArrayList<>();
        int sentenceStart = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n') {
                add(spans, text, sentenceStart, i);
                sentenceStart = ++i;
                continue;
            }
            if (c == '.' || c == '!' || c == '?') {
                int after = i + 1;
                while (after < text.length() && CLOSERS.indexOf(text.charAt(after)) >= 0) {
                    after++;
                }
                boolean boundary = after == text.length() || Character.isWhitespace(text.charAt(after));
                if (boundary && !(c == '.' && endsWithAbbreviation(text, sentenceStart, i))) {
                    add(spans, text, sentenceStart, after);
                    sentenceStart = after;
                }
                i = after;
                continue;
            }
            i++;
        }
        add(spans, text, sentenceStart, text.length());
        return spans;
    }

    private static boolean endsWithAbbreviation(String text, int sentenceStart, int period) {
        int wordStart = period;
        while (wordStart > sentenceStart && !Character.isWhitespace(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = text.substring(wordStart, period).toLowerCase(Locale.ROOT).replaceFirst("^[\"(\u201c]+", "");
        return ABBREVIATIONS.contains(word) || (word.length() == 1 && Character.isLetter(word.charAt(0)));
    }

    private static void add(List<Span> spans, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            spans.add(new Span(start, end, text.substring(start, end)));
        }
    }
}
