package org.diplograph.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Lua script wrk sends a GraphQL query with, and the count of failed answers it prints. wrk itself counts only
 * non-2xx statuses; a GraphQL server answers a failed field, a timeout or a refused document with 200 and
 * {@code errors}, so every answer's status and body are checked in each wrk thread and the threads' counts summed
 * when the run is done. Both servers are asked for {@code application/graphql-response+json}, the GraphQL over HTTP
 * media type, and may fall back to {@code application/json}.
 */
final class WrkScript {

    private static final Pattern FAILED = Pattern.compile("Failed answers: (\\d+)");

    private WrkScript() {
    }

    /** A temporary script that POSTs the query; the caller deletes it. */
    static Path posting(String query) throws IOException {
        Path script = Files.createTempFile("wrk", ".lua");
        Files.writeString(script, """
                wrk.method = "POST"
                wrk.body = [==[%s]==]
                wrk.headers["Content-Type"] = "application/json"
                wrk.headers["Accept"] = "application/graphql-response+json, application/json;q=0.9"
                local threads = {}
                function setup(thread)
                    table.insert(threads, thread)
                end
                function init(args)
                    failed = 0
                end
                function response(status, headers, body)
                    if status < 200 or status > 299 or string.find(body, '"errors"', 1, true) then
                        failed = failed + 1
                    end
                end
                function done(summary, latency, requests)
                    local total = 0
                    for _, thread in ipairs(threads) do
                        total = total + thread:get("failed")
                    end
                    io.write(string.format("Failed answers: %%d\\n", total))
                end
                """.formatted(BenchmarkRunner.graphQlBody(query)));
        return script;
    }

    /** The answers of the run that had a non-2xx status or errors in their body. */
    static long failedAnswers(String wrkOutput) {
        Matcher failed = FAILED.matcher(wrkOutput);
        if (!failed.find()) {
            throw new IllegalStateException("wrk printed no count of failed answers: " + wrkOutput);
        }
        return Long.parseLong(failed.group(1));
    }
}
