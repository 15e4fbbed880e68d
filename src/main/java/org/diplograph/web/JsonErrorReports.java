package org.diplograph.web;

import java.io.IOException;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.json.JsonMapper;

/**
 * The servlet container's own error pages, for what it refuses before any application code runs (a request line or
 * header it cannot parse, headers larger than it takes, a path that is not valid UTF-8, an expectation it cannot
 * meet): a GraphQL-shaped error with a stable code ({@link ErrorAnswers}), as everything else the server answers,
 * instead of Tomcat's HTML page.
 */
public final class JsonErrorReports extends ErrorReportValve {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int code = response.getStatus();
        HttpStatus status = HttpStatus.resolve(code);
        if (code < 400 || status == null || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        try {
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.setHeader("Cache-Control", "private, no-store");
            response.getOutputStream().write(JSON.writeValueAsBytes(ErrorAnswers.body(status)));
            response.finishResponse();
        } catch (IOException | IllegalStateException gone) {
            // Nothing more can be written to this response.
        }
    }
}
