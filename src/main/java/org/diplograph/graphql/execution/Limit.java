package org.diplograph.graphql.execution;

import java.util.LinkedHashMap;
import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.springframework.graphql.execution.ErrorType;

/**
 * The limits a request is held to. A refusal is a BAD_REQUEST error whose {@code extensions.code} names the limit and
 * whose {@code extensions.limit}/{@code extensions.actual} say by how much it was exceeded, so a client can correct the
 * request without reading the message.
 */
public enum Limit {

    DEPTH("MAX_DEPTH_EXCEEDED", "The query selects fields %s levels deep; the limit is %s (over by %s). "
            + "Split it into smaller queries or select less deeply nested fields."),
    ALIASES("MAX_ALIASES_EXCEEDED", "The document uses %s aliases; the limit is %s (over by %s)."),
    TOKENS("MAX_TOKENS_EXCEEDED", "The document has %s tokens; the limit is %s (over by %s)."),
    DOCUMENT_SIZE("MAX_DOCUMENT_SIZE_EXCEEDED", "The document is %s characters long; the limit is %s (over by %s)."),
    OPERATIONS("MAX_OPERATIONS_EXCEEDED", "The document defines %s operations; the limit is %s (over by %s). "
            + "Send only the operations you run."),
    COST("MAX_COST_EXCEEDED", "The query costs %s; the limit is %s (over by %s). A connection costs 2 plus its page size "
            + "(first/last) times the cost of what each node selects: ask for smaller pages or fewer nested connections."),
    REQUEST_SIZE("MAX_REQUEST_SIZE_EXCEEDED", "The request body is %s bytes; the limit is %s (over by %s)."),
    ANSWER_NODES("MAX_ANSWER_NODES_EXCEEDED", "The answer would hold more than %2$s values (fields and list items): "
            + "lists longer than their price assumed. Ask for smaller pages or fewer nested lists."),
    ANSWER_SIZE("MAX_ANSWER_SIZE_EXCEEDED", "The answer would be larger than %2$s characters of JSON. Ask for fewer "
            + "items or leave out long texts (Source.text, for one)."),
    TIMEOUT("TIMEOUT", "The request ran longer than %s ms; the limit is %s ms (over by %s ms). "
            + "Fields not resolved by then are null: ask for less.");

    private final String code;
    private final String message;

    Limit(String code, String message) {
        this.code = code;
        this.message = message;
    }

    public String code() {
        return code;
    }

    public String message(long actual, long limit) {
        return message.formatted(format(actual), format(limit), format(actual - limit));
    }

    public GraphQLError refusal(long actual, long limit) {
        return refusal(GraphqlErrorBuilder.newError(), actual, limit);
    }

    /** The refusal, reported at the field (path and location) the builder was made for. */
    public GraphQLError refusal(GraphqlErrorBuilder<?> builder, long actual, long limit) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code);
        extensions.put("limit", limit);
        extensions.put("actual", actual);
        return builder.errorType(ErrorType.BAD_REQUEST).message(message(actual, limit))
                .extensions(extensions).build();
    }

    private static String format(long number) {
        return "%,d".formatted(number);
    }
}
