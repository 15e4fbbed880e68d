package org.diplograph.documentation;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import tools.jackson.databind.json.JsonMapper;

/**
 * Whether an actual answer is the one a page prints. JSON answers are compared as JSON: equal, except where the page
 * marks what it leaves out with {@code …} — a value {@code "…"} stands for any value, a key {@code "…"} in an object
 * for any other keys, and {@code "…"} as an array's last element for any further elements. Text answers are compared
 * line by line, {@code …} within a line standing for any characters.
 */
final class PrintedAnswers {

    static final String ELIDED = "…";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PrintedAnswers() {
    }

    /** Null when the actual answer is the printed one, else what differs. */
    static String difference(String printed, String actual, boolean json) {
        if (!json) {
            return textDifference(printed, actual);
        }
        Object expected;
        try {
            expected = JSON.readValue(printed, Object.class);
        } catch (RuntimeException notJson) {
            return "the printed answer is not JSON: " + notJson.getMessage();
        }
        Object found;
        try {
            found = JSON.readValue(actual, Object.class);
        } catch (RuntimeException notJson) {
            return "the answer is not JSON";
        }
        return jsonDifference(expected, found, "$");
    }

    private static String jsonDifference(Object expected, Object actual, String path) {
        if (ELIDED.equals(expected)) {
            return null;
        }
        if (expected instanceof Map<?, ?> expectedObject) {
            if (!(actual instanceof Map<?, ?> actualObject)) {
                return path + ": expected an object";
            }
            for (Map.Entry<?, ?> entry : expectedObject.entrySet()) {
                if (ELIDED.equals(entry.getKey())) {
                    continue;
                }
                if (!actualObject.containsKey(entry.getKey())) {
                    return path + "." + entry.getKey() + ": missing";
                }
                String inner = jsonDifference(entry.getValue(), actualObject.get(entry.getKey()), path + "." + entry.getKey());
                if (inner != null) {
                    return inner;
                }
            }
            if (!expectedObject.containsKey(ELIDED)) {
                for (Object key : actualObject.keySet()) {
                    if (!expectedObject.containsKey(key)) {
                        return path + "." + key + ": in the answer but not printed (mark it with \"…\": \"…\")";
                    }
                }
            }
            return null;
        }
        if (expected instanceof List<?> expectedList) {
            if (!(actual instanceof List<?> actualList)) {
                return path + ": expected a list";
            }
            boolean open = !expectedList.isEmpty() && ELIDED.equals(expectedList.get(expectedList.size() - 1));
            List<?> items = open ? expectedList.subList(0, expectedList.size() - 1) : expectedList;
            if (open ? actualList.size() < items.size() : actualList.size() != items.size()) {
                return path + ": %d items, %s printed".formatted(actualList.size(), open ? "at least " + items.size()
                        : String.valueOf(items.size()));
            }
            for (int i = 0; i < items.size(); i++) {
                String inner = jsonDifference(items.get(i), actualList.get(i), path + "[" + i + "]");
                if (inner != null) {
                    return inner;
                }
            }
            return null;
        }
        if (expected instanceof Number expectedNumber && actual instanceof Number actualNumber) {
            return expectedNumber.doubleValue() == actualNumber.doubleValue() ? null
                    : path + ": " + actual + ", printed " + expected;
        }
        return java.util.Objects.equals(expected, actual) ? null : path + ": " + actual + ", printed " + expected;
    }

    private static String textDifference(String printed, String actual) {
        List<String> expectedLines = lines(printed);
        List<String> actualLines = lines(actual);
        if (expectedLines.size() != actualLines.size()) {
            return "%d lines, %d printed".formatted(actualLines.size(), expectedLines.size());
        }
        Iterator<String> found = actualLines.iterator();
        for (String expected : expectedLines) {
            String line = found.next();
            if (!pattern(expected).matcher(line).matches()) {
                return "line '" + line + "', printed '" + expected + "'";
            }
        }
        return null;
    }

    private static Pattern pattern(String printed) {
        StringBuilder regex = new StringBuilder();
        for (String part : printed.split(ELIDED, -1)) {
            if (!regex.isEmpty()) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>(text.strip().lines().map(String::stripTrailing).toList());
        return lines;
    }
}
