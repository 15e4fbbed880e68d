package org.diplograph.documentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.diplograph.DiplographApplication;
import org.diplograph.dataset.ImportCommand;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;
import org.diplograph.support.DatabaseIndependent;

/**
 * Every example in README.md and docs/ is run exactly as printed, and its answer must be the printed one
 * ({@link PrintedAnswers}): GraphQL queries, curl commands, the import command. Each page starts from a fresh seeded
 * database, as a reader who follows it from the top on a new checkout would, and the examples of a page run in order,
 * each seeing what the ones before it wrote. The server plays the one a page starts with {@code ./mvnw
 * spring-boot:run}, with the key the pages use; the one thing changed in a command is the server's port.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.address=127.0.0.1",
        "spring.datasource.url=jdbc:h2:mem:documentation;DB_CLOSE_DELAY=-1",
        "spring.flyway.clean-disabled=false",
        "diplograph.rate-limit.points=200000",
        "diplograph.security.api-keys=me:" + DocumentationExamplesTest.KEY})
@DatabaseIndependent
class DocumentationExamplesTest {

    /** The key the pages tell a reader to set (README, "Quick start"). */
    static final String KEY = "my-own-key-of-at-least-32-characters";
    private static final String DOCUMENTED_SERVER = "http://127.0.0.1:8080";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    Flyway flyway;

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(Path.of("README.md")));
        if (Files.isDirectory(Path.of("docs"))) {
            try (Stream<Path> docs = Files.list(Path.of("docs"))) {
                docs.filter(page -> page.toString().endsWith(".md")).sorted().forEach(pages::add);
            }
        }
        return pages;
    }

    @TestFactory
    Stream<DynamicTest> everyExampleAnswersAsPrinted() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path page : pages()) {
            MarkdownExamples examples = MarkdownExamples.of(page);
            Page state = new Page();
            boolean[] fresh = {false};
            for (MarkdownExamples.Example example : examples.examples()) {
                tests.add(DynamicTest.dynamicTest(example.where(page), () -> {
                    if (!fresh[0]) {
                        flyway.clean();
                        flyway.migrate();
                        fresh[0] = true;
                    }
                    run(example, state, example.where(page));
                }));
            }
        }
        return tests.stream();
    }

    /** What the examples of one page share: shell variables, and what background commands printed. */
    private static final class Page {
        final Map<String, String> variables = new HashMap<>();
        final Map<String, StringBuffer> backgrounds = new LinkedHashMap<>();
    }

    private void run(MarkdownExamples.Example example, Page page, String where) throws Exception {
        MarkdownExamples.Block input = example.input();
        if (input.outputOf() != null) {
            StringBuffer output = page.backgrounds.get(input.outputOf());
            assertThat(output).as(where + ": a background block named " + input.outputOf()).isNotNull();
            awaitAnswer(example.answer(), output, where);
            return;
        }
        String printed;
        if (input.language().equals("graphql")) {
            printed = post(Map.of("query", input.text()), null);
        } else {
            StringBuffer output = new StringBuffer();
            shell(input.text(), page, output, input.background() != null);
            if (input.background() != null) {
                page.backgrounds.put(input.background(), output);
                return;
            }
            printed = output.toString();
        }
        if (System.getenv("DOCS_CAPTURE") != null) {
            Path capture = Path.of("target/docs-capture", where.replace(':', '-') + ".txt");
            Files.createDirectories(capture.getParent());
            Files.writeString(capture, printed);
        }
        if (example.answer() != null) {
            String difference = PrintedAnswers.difference(example.answer().text(), printed,
                    example.answer().language().equals("json"));
            assertThat(difference).as(where + " answered:\n" + printed).isNull();
        }
    }

    private static void awaitAnswer(MarkdownExamples.Block answer, StringBuffer output, String where) throws Exception {
        long giveUp = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        String difference;
        do {
            difference = PrintedAnswers.difference(answer.text(), output.toString(), answer.language().equals("json"));
            if (difference == null) {
                return;
            }
            Thread.sleep(50);
        } while (System.nanoTime() < giveUp);
        assertThat(difference).as(where + " printed:\n" + output).isNull();
    }

    private void shell(String script, Page page, StringBuffer output, boolean background) throws Exception {
        for (ShellExamples.Command command : ShellExamples.parse(script, page.variables)) {
            List<String> words = new ArrayList<>(command.words());
            while (words.get(0).matches("[A-Za-z_][A-Za-z0-9_]*=.*")) {
                words.remove(0);
            }
            String program = words.get(0);
            if (program.equals("./mvnw") && words.contains("spring-boot:run") && words.size() == 2) {
                continue;
            }
            if (program.equals("curl")) {
                curl(words.subList(1, words.size()), output, background || command.background());
            } else if (program.equals("java") && words.size() > 3 && words.get(3).equals("import")) {
                importing(words.subList(4, words.size()), output);
            } else {
                throw new AssertionError("A documentation example runs '" + program + "', which this test cannot run");
            }
        }
    }

    private void importing(List<String> arguments, StringBuffer output) {
        List<String> all = new ArrayList<>(arguments);
        all.add("--spring.datasource.url=jdbc:h2:mem:documentation;DB_CLOSE_DELAY=-1");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImportCommand.run(DiplographApplication.class, all.toArray(String[]::new),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        output.append(out.toString(StandardCharsets.UTF_8));
    }

    private void curl(List<String> options, StringBuffer output, boolean background) throws Exception {
        String method = null;
        String data = null;
        String url = null;
        boolean includeHeaders = false;
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 0; i < options.size(); i++) {
            String option = options.get(i);
            switch (option) {
                case "-X" -> method = options.get(++i);
                case "-H" -> {
                    String header = options.get(++i);
                    int colon = header.indexOf(':');
                    headers.put(header.substring(0, colon).trim(), header.substring(colon + 1).trim());
                }
                case "-d", "--data", "--data-raw" -> data = options.get(++i);
                default -> {
                    if (option.matches("-[sSNi]+")) {
                        includeHeaders |= option.contains("i");
                    } else if (option.startsWith("http")) {
                        url = option.replace(DOCUMENTED_SERVER, "http://127.0.0.1:" + port);
                    } else {
                        throw new AssertionError("curl option " + option + " is not one this test runs");
                    }
                }
            }
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        headers.forEach(request::header);
        request.method(method != null ? method : data != null ? "POST" : "GET",
                data == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(data));
        if (background) {
            // A reader would start the subscriber and wait until it listens before writing: here, until the server
            // has its stream open, or the write could come first and never be announced to it.
            boolean stream = "text/event-stream".equals(headers.get("Accept"));
            double streamsBefore = openStreams();
            HttpRequest sent = request.timeout(Duration.ofMinutes(2)).build();
            Thread reader = new Thread(() -> {
                try {
                    HTTP.send(sent, HttpResponse.BodyHandlers.ofLines()).body().forEach(line -> output.append(line).append('\n'));
                } catch (Exception ended) {
                    // the test is over
                }
            });
            reader.setDaemon(true);
            reader.start();
            if (stream) {
                org.diplograph.support.Waiting.await(() -> openStreams() > streamsBefore, "the background stream is open");
            }
            return;
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (includeHeaders) {
            output.append("HTTP/1.1 ").append(response.statusCode()).append('\n');
            response.headers().map().forEach((name, values) -> values.forEach(value ->
                    output.append(name).append(": ").append(value).append('\n')));
            output.append('\n');
        }
        output.append(response.body()).append('\n');
    }

    private String post(Map<String, Object> body, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private double openStreams() {
        return meters.get("diplograph.sse.streams.open").gauge().value();
    }
}
