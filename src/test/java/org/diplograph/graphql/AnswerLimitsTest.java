package org.diplograph.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.diplograph.graphql.execution.AnswerLimits;
import org.diplograph.graphql.execution.AnswerLimitsProperties;
import org.diplograph.support.DatabaseIndependent;
import org.junit.jupiter.api.Test;

/**
 * An answer stops at its limits while it is built: past the values or characters it may hold, nothing more is
 * resolved, the partial answer is dropped and the client hears one error naming the limit. Exercised on a small schema
 * whose lists are as long as a test wants, whatever their declared bound said.
 */
@DatabaseIndependent
class AnswerLimitsTest {

    private static final String SCHEMA = """
            type Query { items(n: Int!, size: Int!): [Item!]! }
            type Item { name: String! detail: Detail! }
            type Detail { text: String! }""";

    private final AtomicInteger detailsResolved = new AtomicInteger();

    private GraphQL graphQl(int maxNodes, long maxBytes) {
        DataFetcher<List<Map<String, Object>>> items = environment -> IntStream.range(0, environment.<Integer>getArgument("n"))
                .mapToObj(i -> Map.<String, Object>of("name", "x".repeat(environment.<Integer>getArgument("size")))).toList();
        DataFetcher<Map<String, Object>> detail = environment -> {
            detailsResolved.incrementAndGet();
            return Map.of("text", "detail");
        };
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .type("Query", type -> type.dataFetcher("items", items))
                .type("Item", type -> type.dataFetcher("detail", detail)).build();
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SCHEMA), wiring);
        return GraphQL.newGraphQL(schema).instrumentation(new AnswerLimits(new AnswerLimitsProperties(maxNodes, maxBytes)))
                .build();
    }

    @Test
    void anAnswerWithinItsLimitsIsWhole() {
        ExecutionResult result = graphQl(1_000, 100_000).execute("{ items(n: 10, size: 5) { name detail { text } } }");

        assertThat(result.getErrors()).isEmpty();
        assertThat(((Map<String, List<?>>) result.getData()).get("items")).hasSize(10);
        assertThat(detailsResolved.get()).isEqualTo(10);
    }

    @Test
    void anAnswerWithMoreValuesThanAllowedIsRefusedAndStopsBeingResolved() {
        // 10,000 items of three values each, against a limit of 1,000 values.
        ExecutionResult result = graphQl(1_000, 100_000_000).execute("{ items(n: 10000, size: 1) { name detail { text } } }");

        assertThat((Object) result.getData()).isNull();
        assertThat(result.getErrors()).hasSize(1);
        assertThat(result.getErrors().get(0).getExtensions())
                .containsEntry("code", "MAX_ANSWER_NODES_EXCEEDED").containsEntry("limit", 1_000L);
        assertThat(result.getErrors().get(0).getMessage()).contains("more than 1,000 values");
        assertThat(detailsResolved.get()).as("details resolved after the limit").isLessThan(1_000);
    }

    @Test
    void anAnswerLargerThanAllowedIsRefusedAndStopsBeingResolved() {
        // 1,000 names of 10,000 characters: 10 million characters, against a limit of 100,000.
        ExecutionResult result = graphQl(1_000_000, 100_000).execute("{ items(n: 1000, size: 10000) { name detail { text } } }");

        assertThat((Object) result.getData()).isNull();
        assertThat(result.getErrors()).hasSize(1);
        assertThat(result.getErrors().get(0).getExtensions())
                .containsEntry("code", "MAX_ANSWER_SIZE_EXCEEDED").containsEntry("limit", 100_000L);
        assertThat(detailsResolved.get()).as("details resolved once the answer was too large").isLessThan(20);
    }
}
