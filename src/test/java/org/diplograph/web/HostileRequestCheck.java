package org.diplograph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.diplograph.support.ApiTest;
import org.diplograph.support.DatabaseFingerprint;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * How a hostile request is judged. Every one gets a clean answer: never a 5xx, always a JSON body, a refusal
 * classified BAD_REQUEST, NOT_FOUND, UNAUTHORIZED or FORBIDDEN with the expected code (or, for injection strings that
 * are merely odd data, an ordinary answer), exactly the data the case states, nothing of the implementation in it,
 * and no change to the data. On the read tests' database, which holds the seeded article alone, so an answer with
 * data can be written from the seed.
 */
abstract class HostileRequestCheck extends ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final Set<String> CLIENT_CLASSIFICATIONS = Set.of("BAD_REQUEST", "NOT_FOUND", "UNAUTHORIZED", "FORBIDDEN");
    /** What an implementation leaks: stack frames, class and package names, file paths, SQL, driver details. */
    private static final Pattern LEAK = Pattern.compile("Exception|\\tat |\\.java\\b|java\\.[a-z]|jakarta\\.|"
            + "org\\.(h2|postgresql|springframework|jooq|diplograph|flywaydb)|com\\.zaxxer|SQLState|"
            + "\\bSELECT\\b[^\"]*\\bFROM\\b|\\bINSERT INTO\\b|/work/|/root/|/home/|/tmp/");
    private static final String EVENT_STREAM = Hostile.EVENT_STREAM;

    @Autowired
    private DataSource dataSource;

    /**
     * Sends the request and holds its answer to the case: the status, no leak, a JSON body, every error classified
     * with the expected code, exactly the expected data, and no change to any table.
     */
    protected void isAnsweredAsExpectedAndChangesNothing(Hostile hostile) throws Exception {
        Map<String, String> before = DatabaseFingerprint.of(dataSource);

        HttpResponse<String> response = send(hostile);

        assertThat(response.statusCode()).as("status of %s, body %s", hostile.name(), abbreviate(response.body()))
                .isEqualTo(hostile.expectedStatus());
        assertThat(LEAK.matcher(response.body()).find()).as("%s leaks: %s", hostile.name(), abbreviate(response.body())).isFalse();
        Map<?, ?> body = JSON.readValue(answer(hostile, response), Map.class);
        List<?> errors = body.get("errors") instanceof List<?> list ? list : List.of();
        for (Object error : errors) {
            Map<?, ?> extensions = (Map<?, ?>) ((Map<?, ?>) error).get("extensions");
            assertThat(extensions).as("%s: every error is classified", hostile.name()).isNotNull();
            assertThat(CLIENT_CLASSIFICATIONS).as("%s: %s", hostile.name(), error).contains((String) extensions.get("classification"));
        }
        if (hostile.expectedCode() == null) {
            assertThat(errors).as("%s answers without errors", hostile.name()).isEmpty();
        } else {
            assertThat(errors.stream().<Object>map(error -> ((Map<?, ?>) ((Map<?, ?>) error).get("extensions")).get("code")).toList())
                    .as("%s error codes in %s", hostile.name(), abbreviate(response.body()))
                    .isNotEmpty().containsOnly(hostile.expectedCode());
        }
        assertThat(body.get("data")).as("%s answers exactly this data: %s", hostile.name(), abbreviate(response.body()))
                .isEqualTo(expectedData(hostile));
        assertThat(DatabaseFingerprint.of(dataSource)).as("%s changes nothing", hostile.name()).isEqualTo(before);
    }

    /**
     * The GraphQL response in the body: the body itself, or, on an event stream, the data of its one "next" event
     * (which must be followed by "complete").
     */
    private static String answer(Hostile hostile, HttpResponse<String> response) {
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith(EVENT_STREAM)) {
            assertThat(hostile.accept().equals(EVENT_STREAM) && response.statusCode() == 200)
                    .as("%s: a 200 to an event-stream request is an event stream", hostile.name()).isFalse();
            return response.body();
        }
        List<String> next = new ArrayList<>();
        List<String> events = new ArrayList<>();
        for (String event : response.body().split("\n\n")) {
            String kind = null;
            StringBuilder data = new StringBuilder();
            for (String line : event.split("\n")) {
                if (line.startsWith("event:")) {
                    kind = line.substring("event:".length()).trim();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring("data:".length()));
                }
            }
            if (kind != null) {
                events.add(kind);
                if (kind.equals("next")) {
                    next.add(data.toString());
                }
            }
        }
        assertThat(events).as("%s: events of %s", hostile.name(), abbreviate(response.body())).containsExactly("next", "complete");
        return next.get(0);
    }

    /** The data the case expects: none when it says none (a request refused before it ran has no data). */
    private static Object expectedData(Hostile hostile) {
        return hostile.expectedData() == null ? null : JSON.readValue(hostile.expectedData(), Object.class);
    }

    private HttpResponse<String> send(Hostile hostile) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + hostile.path()))
                .method(hostile.method(), hostile.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(hostile.body()));
        if (hostile.contentType() != null) {
            request.header("Content-Type", hostile.contentType());
        }
        request.header("Accept", hostile.accept());
        hostile.headers().forEach(request::header);
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String abbreviate(String text) {
        return text.length() > 600 ? text.substring(0, 600) + "…" : text;
    }
}
