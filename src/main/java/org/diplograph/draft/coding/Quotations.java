package org.diplograph.draft.coding;

import java.util.ArrayList;
import java.util.List;

/**
 * The quoted passages of a sentence (between straight or curly double quotes) and the sentence with them masked, so
 * that the action rules never code words someone is quoted as saying as if the reporter stated them.
 */
record Quotations(List<Passage> passages, String masked) {

    /** The words between one pair of quote marks: offsets within the sentence, marks excluded. */
    record Passage(int start, int end) {
    }

    static Quotations of(String sentence) {
        List<Passage> passages = new ArrayList<>();
        StringBuilder masked = new StringBuilder(sentence);
        int open = -1;
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            boolean opens = c == '\u201c' || (c == '"' && open < 0);
            boolean closes = c == '\u201d' || (c == '"' && open >= 0);
            if (closes && open >= 0) {
                passages.add(new Passage(open + 1, i));
                for (int j = open + 1; j < i; j++) {
                    masked.setCharAt(j, '~');
                }
                open = -1;
            } else if (opens) {
                open = i;
            }
        }
        return new Quotations(passages, masked.toString());
    }

    boolean inside(int position) {
        return passages.stream().anyMatch(passage -> passage.start() <= position && position < passage.end());
    }
}
