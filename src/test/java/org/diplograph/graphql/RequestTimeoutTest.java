package org.diplograph.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherExceptionHandlerResult;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.diplograph.graphql.execution.GraphQlErrorResolver;
import org.diplograph.graphql.execution.InProcessRateBudgets;
import org.diplograph.graphql.execution.LimitsProperties;
import org.diplograph.graphql.execution.RateCharges;
import org.diplograph.graphql.execution.RateLimitProperties;
import org.diplograph.graphql.execution.RequestLimits;
import org.diplograph.support.DatabaseIndependent;
import org.junit.jupiter.api.Test;

/**
 * A request stops at its deadline: resolvers not started by then do not run, and the client is told once, with a
 * TIMEOUT error naming the limit. Exercised on a small schema whose first resolver outlasts the deadline on purpose, so
 * the outcome does not depend on how fast the machine parses or schedules (the real application's deadline and SQL
 * cancel: {@code RequestDeadlineTest}).
 */
@DatabaseIndependent
class RequestTimeoutTest {

    private static final String SCHEMA = "type Query { slow(n: Int!): Int, fast: Int }";

    private final AtomicInteger slowCalls = new AtomicInteger();

    private GraphQL graphQl(Duration timeout, Duration resolverTime) {
        DataFetcher<Integer> slow = environment -> {
            slowCalls.incrementAndGet();
            Thread.sleep(resolverTime.toMillis());
            return environment.getArgument("n");
        };
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .type("Query", type -> type.dataFetcher("slow", slow).dataFetcher("fast", environment -> 1)).build();
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SCHEMA), wiring);
        LimitsProperties limits = new LimitsProperties(15, 15, 1000, 16384, 10, 5000, 1 << 20, timeout);
        return GraphQL.newGraphQL(schema)
                .instrumentation(new RequestLimits(limits, new PaginationProperties(20, 100),
                        new RateCharges(new RateLimitProperties(0, Duration.ofHours(1)), new InProcessRateBudgets())))
                .defaultDataFetcherExceptionHandler(parameters -> CompletableFuture.completedFuture(
                        DataFetcherExceptionHandlerResult.newResult(GraphQlErrorResolver.resolve(parameters.getException(),
                                GraphqlErrorBuilder.newError().path(parameters.getPath()), "test")).build()))
                .build();
    }

    @Test
    void resolversNotStartedByTheDeadlineFailWithOneTimeoutError() {
        // The deadline is far beyond the time to start a resolver; the first one alone runs past it.
        ExecutionResult result = graphQl(Duration.ofMillis(1_000), Duration.ofMillis(1_200))
                .execute("{ a: slow(n: 1) b: slow(n: 2) c: slow(n: 3) d: slow(n: 4) e: slow(n: 5) }");

        Map<String, Object> data = result.getData();
        assertThat(data).containsEntry("a", 1).containsEntry("b", null).containsEntry("e", null);
        assertThat(slowCalls.get()).as("resolvers started").isEqualTo(1);
        List<GraphQLError> errors = result.getErrors();
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).getExtensions()).containsEntry("code", "TIMEOUT").containsEntry("limit", 1_000L);
        assertThat(errors.get(0).getMessage()).contains("the limit is 1,000 ms");
    }

    @Test
    void aRequestWithinItsTimeRunsEveryResolver() {
        ExecutionResult result = graphQl(Duration.ofSeconds(30), Duration.ofMillis(10))
                .execute("{ a: slow(n: 1) b: slow(n: 2) fast }");

        assertThat(result.getErrors()).isEmpty();
        assertThat((Map<String, Object>) result.getData()).containsEntry("a", 1).containsEntry("b", 2).containsEntry("fast", 1);
        assertThat(result.getExtensions()).containsKey("cost");
    }
}
