package org.diplograph.documentation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The commands of a documentation example's {@code bash} block, split into words as a POSIX shell splits them: single
 * quotes literal, double quotes with {@code $NAME} expanded, backslash-newline continuing a line, {@code #} starting a
 * comment, {@code NAME=value} and {@code export NAME=value} setting a variable for the commands after it. Enough for the
 * commands the pages show (curl, the import command); the examples use nothing else.
 */
final class ShellExamples {

    /** One command line: its words, and whether it ends with {@code &} (run in the background). */
    record Command(List<String> words, boolean background) {
    }

    private ShellExamples() {
    }

    static List<Command> parse(String script, Map<String, String> variables) {
        List<Command> commands = new ArrayList<>();
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        String text = script.replace("\\\n", " ");
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\'') {
                int end = text.indexOf('\'', i + 1);
                word = (word == null ? new StringBuilder() : word).append(text, i + 1, end);
                i = end + 1;
            } else if (c == '"') {
                word = word == null ? new StringBuilder() : word;
                i++;
                while (text.charAt(i) != '"') {
                    if (text.charAt(i) == '\\' && "\"\\$".indexOf(text.charAt(i + 1)) >= 0) {
                        word.append(text.charAt(i + 1));
                        i += 2;
                    } else if (text.charAt(i) == '$') {
                        i = expand(text, i, word, variables);
                    } else {
                        word.append(text.charAt(i++));
                    }
                }
                i++;
            } else if (c == '$') {
                word = word == null ? new StringBuilder() : word;
                i = expand(text, i, word, variables);
            } else if (c == '#' && word == null) {
                while (i < text.length() && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '\n' || c == ';' || c == '&') {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
                finish(words, c == '&', commands, variables);
                words = new ArrayList<>();
                i++;
            } else if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
                i++;
            } else {
                word = (word == null ? new StringBuilder() : word).append(c);
                i++;
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        finish(words, false, commands, variables);
        return commands;
    }

    private static int expand(String text, int at, StringBuilder word, Map<String, String> variables) {
        int start = at + 1;
        boolean braced = start < text.length() && text.charAt(start) == '{';
        int from = braced ? start + 1 : start;
        int end = from;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
            end++;
        }
        String name = text.substring(from, end);
        if (!variables.containsKey(name)) {
            throw new IllegalArgumentException("The example uses $" + name + ", which nothing before it sets");
        }
        word.append(variables.get(name));
        return braced ? end + 1 : end;
    }

    /** An assignment is kept for the commands after it; anything else is a command. */
    private static void finish(List<String> words, boolean background, List<Command> commands,
                               Map<String, String> variables) {
        List<String> rest = new ArrayList<>(words);
        if (!rest.isEmpty() && rest.get(0).equals("export")) {
            rest.remove(0);
        }
        while (!rest.isEmpty() && rest.get(0).matches("[A-Za-z_][A-Za-z0-9_]*=.*")) {
            String assignment = rest.remove(0);
            int equals = assignment.indexOf('=');
            if (rest.isEmpty()) {
                variables.put(assignment.substring(0, equals), assignment.substring(equals + 1));
            } else {
                // NAME=value before a command sets it for that command only: recorded as a word for it to see.
                rest.add(0, assignment);
                break;
            }
        }
        if (!rest.isEmpty()) {
            commands.add(new Command(List.copyOf(rest), background));
        }
    }
}
