package org.diplograph.draft.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diplograph.draft.coding.CodedFacts.Citation;
import org.diplograph.draft.coding.CodedFacts.FigureGuess;

/**
 * Numbers a report gives of people killed, injured, arrested or displaced, of investigations, and of the hours given
 * to leave. Exactness comes from the words: "at least", "more than" (AT_LEAST), "about", "some" (APPROXIMATELY), "up
 * to" (AT_MOST); a vague plural stands for its least value ("hundreds": at least 200, "dozens": 24, "thousands": 2,000).
 */
final class FigureRules {

    private static final Map<String, Long> WORDS = Map.ofEntries(Map.entry("one", 1L), Map.entry("two", 2L),
            Map.entry("three", 3L), Map.entry("four", 4L), Map.entry("five", 5L), Map.entry("six", 6L),
            Map.entry("seven", 7L), Map.entry("eight", 8L), Map.entry("nine", 9L), Map.entry("ten", 10L),
            Map.entry("eleven", 11L), Map.entry("twelve", 12L), Map.entry("twenty", 20L), Map.entry("thirty", 30L),
            Map.entry("forty", 40L), Map.entry("fifty", 50L), Map.entry("hundred", 100L), Map.entry("dozen", 12L),
            Map.entry("dozens", 24L), Map.entry("hundreds", 200L), Map.entry("thousands", 2000L));
    private static final String NUMBER = "(?<qualifier>at least|more than|over|about|around|some|nearly|almost|roughly|"
            + "up to|at most)?\\s*\\b(?<number>\\d[\\d,]*|" + String.join("|", WORDS.keySet()) + ")\\b";
    private static final List<Object[]> KINDS = List.of(
            new Object[] {"DEATHS", "people killed", Pattern.compile(NUMBER
                    + "(?:\\s+[\\p{L}-]+){0,2}?\\s+(?:have |had |were |was )?(?:died|dead|killed)\\b", Pattern.CASE_INSENSITIVE)},
            new Object[] {"INJURIES", "people injured", Pattern.compile(NUMBER
                    + "[^.;]{0,40}?\\b(?:have been |had been |were |was )?(?:injured|wounded|hurt)\\b", Pattern.CASE_INSENSITIVE)},
            new Object[] {"ARRESTS", "people arrested", Pattern.compile(NUMBER
                    + "(?:\\s+[\\p{L}-]+){0,2}?\\s+(?:have been |had been |were |was )(?:arrested|detained)\\b", Pattern.CASE_INSENSITIVE)},
            new Object[] {"DISPLACED", "people displaced", Pattern.compile(NUMBER
                    + "(?:\\s+[\\p{L}-]+){0,2}?\\s+(?:have |had |were )?(?:displaced|fled)\\b", Pattern.CASE_INSENSITIVE)},
            new Object[] {"INVESTIGATIONS", "investigations", Pattern.compile(NUMBER
                    + "(?:\\s+[\\p{L}-]+){0,2}?\\s+(?:probes|investigations|inquiries)\\b", Pattern.CASE_INSENSITIVE)},
            new Object[] {"DURATION_HOURS", "hours given to leave", Pattern.compile(NUMBER
                    + "\\s+(?<unit>hours|days)\\s+to leave\\b", Pattern.CASE_INSENSITIVE)});

    private FigureRules() {
    }

    static List<FigureGuess> find(int number, int offset, String sentence) {
        List<FigureGuess> found = new ArrayList<>();
        for (Object[] kind : KINDS) {
            Matcher matcher = ((Pattern) kind[2]).matcher(sentence);
            while (matcher.find()) {
                String word = matcher.group("number").toLowerCase(Locale.ROOT).replace(",", "");
                Long quantity = WORDS.containsKey(word) ? WORDS.get(word) : parse(word);
                if (quantity == null || (word.length() == 4 && word.startsWith("20"))) {
                    continue;
                }
                String exactness = exactness(matcher.group("qualifier"), word);
                if ("DURATION_HOURS".equals(kind[0]) && "days".equalsIgnoreCase(matcher.group("unit"))) {
                    quantity *= 24;
                }
                int start = matcher.start("qualifier") >= 0 ? matcher.start("qualifier") : matcher.start("number");
                found.add(new FigureGuess(new Citation(number, offset + start, offset + matcher.end()), (String) kind[0],
                        (String) kind[1], quantity, exactness, sentence.substring(start, matcher.end()), null, 0.7,
                        "figure: " + kind[0].toString().toLowerCase(Locale.ROOT)));
            }
        }
        return found;
    }

    private static Long parse(String digits) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static String exactness(String qualifier, String word) {
        if (qualifier != null) {
            return switch (qualifier.toLowerCase(Locale.ROOT)) {
                case "at least", "more than", "over" -> "AT_LEAST";
                case "up to", "at most" -> "AT_MOST";
                default -> "APPROXIMATELY";
            };
        }
        return word.equals("hundreds") || word.equals("dozens") || word.equals("thousands") ? "AT_LEAST" : "EXACT";
    }
}
