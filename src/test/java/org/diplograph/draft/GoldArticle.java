package org.diplograph.draft;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** An article of the development set with its hand-coded facts (format: src/test/resources/coding/devset/README.md). */
record GoldArticle(String name, String text, LocalDate published, List<Statement> statements, List<Action> actions,
                   List<Figure> figures) {

    record Statement(List<String> speakers, String mode, String content) {
    }

    record Action(Set<Integer> sentences, String code, Set<String> actorCountries, Set<String> recipientCountries,
                  String date, boolean negated) {

        Set<String> countries() {
            Set<String> all = new TreeSet<>(actorCountries);
            all.addAll(recipientCountries);
            return all;
        }
    }

    record Figure(String kind, long quantity, String exactness) {
    }

    static GoldArticle read(String name) throws IOException {
        String text = resource(name + ".txt").strip();
        LocalDate published = null;
        List<Statement> statements = new ArrayList<>();
        List<Action> actions = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        for (String line : resource(name + ".gold.tsv").split("\n")) {
            String[] columns = line.split("\t");
            switch (columns[0]) {
                case "published" -> published = LocalDate.parse(columns[1]);
                case "statement" -> statements.add(new Statement(List.of(columns[1].split("\\|")), columns[2], columns[3]));
                case "action" -> actions.add(new Action(numbers(columns[1]), columns[2], codes(columns[3]), codes(columns[4]),
                        columns[5], Boolean.parseBoolean(columns[6])));
                case "figure" -> figures.add(new Figure(columns[1], Long.parseLong(columns[2]), columns[3]));
                default -> {
                    if (!line.isBlank()) {
                        throw new IllegalArgumentException(name + ": unknown line " + line);
                    }
                }
            }
        }
        return new GoldArticle(name, text, published, statements, actions, figures);
    }

    private static Set<Integer> numbers(String list) {
        Set<Integer> numbers = new TreeSet<>();
        Arrays.stream(list.split(",")).map(String::strip).map(Integer::valueOf).forEach(numbers::add);
        return numbers;
    }

    static Set<String> codes(String list) {
        Set<String> codes = new TreeSet<>();
        if (!"-".equals(list.strip())) {
            Arrays.stream(list.split(",")).map(String::strip).forEach(codes::add);
        }
        return codes;
    }

    private static String resource(String file) throws IOException {
        try (InputStream in = GoldArticle.class.getResourceAsStream("/coding/devset/" + file)) {
            if (in == null) {
                throw new IOException("missing development set file " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
