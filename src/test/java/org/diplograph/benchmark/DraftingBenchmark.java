package org.diplograph.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.diplograph.draft.coding.ArticleCoder;
import org.diplograph.draft.coding.CodedFacts;
import org.diplograph.draft.coding.CodingGazetteer;

/**
 * How long the article coder takes on a 600-word article: the development set's articles run together until 600
 * words, coded with a gazetteer of every ISO country and {@value #ACTORS} known actors (the size Diplograph's own
 * gazetteer reaches with a few hundred articles). Warm-up, then the median and worst of {@value #RUNS} runs.
 * Report: target/bench/drafting-report.md. Skipped with -Dbench.drafting=none.
 */
public final class DraftingBenchmark {

    private static final int ACTORS = 2_000;
    private static final int RUNS = 50;
    private static final List<String> ARTICLES = List.of("canada-china-2023-05", "niger-france-2023-08",
            "saudi-iran-2023-03", "spain-argentina-2024-05", "ecuador-mexico-2024-04", "venezuela-latam-2024-07");

    private DraftingBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if ("none".equals(System.getProperty("bench.drafting"))) {
            return;
        }
        StringBuilder text = new StringBuilder();
        for (int round = 0; text.toString().split("\\s+").length < 600; round++) {
            text.append(resource("/coding/devset/" + ARTICLES.get(round % ARTICLES.size()) + ".txt")).append('\n');
        }
        String[] words = text.toString().split("\\s+");
        String article = String.join(" ", Arrays.copyOf(words, 600)) + ".";
        Map<String, String> countries = countries();
        List<CodingGazetteer.NamedActor> actors = new ArrayList<>();
        for (int i = 0; i < ACTORS; i++) {
            actors.add(new CodingGazetteer.NamedActor("person-" + i, "Person Number" + i + " Example", null, "PERSON", "MX",
                    List.of("Example" + i)));
        }
        for (int i = 0; i < 20; i++) {
            code(article, countries, actors);
        }
        long[] nanos = new long[RUNS];
        CodedFacts.Draft draft = null;
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            draft = code(article, countries, actors);
            nanos[run] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        String report = String.format(Locale.ROOT, "Article coder, %s; a 600-word article, %d countries and %,d actors "
                        + "in the gazetteer (built each run, as draftFacts does)%n%n| runs | median ms | worst ms | "
                        + "quotes | actions | figures |%n|---:|---:|---:|---:|---:|---:|%n| %d | %.1f | %.1f | %d | %d | %d |%n",
                LocalDateTime.now().withNano(0), countries.size(), ACTORS, RUNS, nanos[RUNS / 2] / 1e6,
                nanos[RUNS - 1] / 1e6, draft.quotes().size(), draft.actions().size(), draft.figures().size());
        Path file = Path.of("target/bench/drafting-report.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        System.out.println(report);
    }

    private static CodedFacts.Draft code(String article, Map<String, String> countries,
                                         List<CodingGazetteer.NamedActor> actors) {
        return ArticleCoder.code(article, LocalDate.of(2024, 7, 30), new CodingGazetteer(countries, actors));
    }

    private static Map<String, String> countries() throws IOException {
        Map<String, String> countries = new LinkedHashMap<>();
        for (String line : resource("/reference/iso3166-countries.tsv").split("\n")) {
            String[] columns = line.split("\t");
            if (!line.startsWith("#") && columns.length > 4 && !"alpha2".equals(columns[0])) {
                countries.put(columns[0], columns[4]);
            }
        }
        return countries;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = DraftingBenchmark.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
