package org.diplograph.graphql.execution;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.GraphQLError;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

/**
 * Checks, parses and validates each distinct document once: front-ends send the same few documents over and over, and
 * parsing plus validation is much of the cost of a small query. A document over a {@link DocumentLimits limit} is
 * refused before graphql-java parses it, and the refusal is remembered like any verdict. The cache is bounded, so a
 * client inventing new documents only evicts older ones.
 */
@Component
public class DocumentCache implements PreparsedDocumentProvider, GraphQlSourceBuilderCustomizer {

    public static final int MAX_DOCUMENTS = 1_000;

    private final Cache<String, PreparsedDocumentEntry> documents =
            Caffeine.newBuilder().maximumSize(MAX_DOCUMENTS).build();
    private final DocumentLimits limits;

    public DocumentCache(DocumentLimits limits) {
        this.limits = limits;
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
                                                                      Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        return CompletableFuture.completedFuture(documents.get(input.getQuery(), query -> {
            List<GraphQLError> refusals = limits.refusals(query);
            return refusals.isEmpty() ? parseAndValidate.apply(input) : new PreparsedDocumentEntry(refusals);
        }));
    }

    @Override
    public void customize(GraphQlSource.SchemaResourceBuilder builder) {
        builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(this));
    }
}
