package org.diplograph.web.endpoint;

import java.util.List;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import org.diplograph.graphql.execution.LimitsProperties;
import org.springframework.web.servlet.function.ServerRequest;
import tools.jackson.databind.json.JsonMapper;

/**
 * A GraphQL request sent as GET, read from its URL: {@code variables} and {@code extensions} as URL-encoded JSON, and
 * the kind of operation its document would run, found before it runs (GET runs queries only), by a parse held to
 * the same document limits as execution.
 */
public final class UrlQueries {

    private final LimitsProperties limits;
    private final JsonMapper json;

    public UrlQueries(LimitsProperties limits, JsonMapper json) {
        this.limits = limits;
        this.json = json;
    }

    /** A URL parameter holding URL-encoded JSON, read; null when it is absent or blank. */
    public Object jsonParameter(ServerRequest request, String name) {
        String text = request.param(name).orElse(null);
        return text == null || text.isBlank() ? null : json.readValue(text, Object.class);
    }

    /** The operation a GET would run, or null when the document does not parse (execution then reports why). */
    public OperationDefinition.Operation operationType(String query, String operationName) {
        if (query.length() > limits.maxDocumentCharacters()) {
            return null;
        }
        Document document;
        try {
            document = Parser.parse(ParserEnvironment.newParserEnvironment().document(query)
                    .parserOptions(ParserOptions.newParserOptions().maxCharacters(limits.maxDocumentCharacters())
                            .maxTokens(limits.maxTokens() + 1).captureSourceLocation(false).build())
                    .build());
        } catch (InvalidSyntaxException unparsable) {
            return null;
        }
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        return operations.stream()
                .filter(operation -> operationName == null ? operations.size() == 1 : operationName.equals(operation.getName()))
                .map(OperationDefinition::getOperation).findFirst().orElse(null);
    }
}
