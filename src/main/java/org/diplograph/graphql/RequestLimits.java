package org.diplograph.graphql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.Instant;

import graphql.ErrorClassification;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetcher;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * The limits that depend on a request's variables or on time: its {@link QueryCost cost}, refused before anything runs
 * when over the maximum and reported in every response's {@code extensions.cost}; and its deadline, after which every
 * field still to be resolved fails with one TIMEOUT error instead of running. Subscriptions live as long as the client
 * keeps them, so the deadline does not apply to them.
 */
@Component
class RequestLimits extends SimplePerformantInstrumentation {

    private final LimitsProperties limits;
    private final PaginationProperties pages;
    private final RateLimitProperties rates;
    private final RateBudgets budgets;
    /**
     * A cost depends only on the operation and its variables. The document cache hands out one parsed operation per
     * distinct document, so identical requests (the common case) find their cost here instead of normalising the
     * operation again, which profiling showed to be a noticeable share of a small query.
     */
    private final Cache<CostKey, Long> costs = Caffeine.newBuilder().maximumSize(10_000).build();

    /** The operation by identity (one per cached document), the variables by value. */
    private record CostKey(OperationDefinition operation, Map<String, Object> variables) {
    }

    RequestLimits(LimitsProperties limits, PaginationProperties pages, RateLimitProperties rates, RateBudgets budgets) {
        this.limits = limits;
        this.pages = pages;
        this.rates = rates;
        this.budgets = budgets;
    }


    static final class State implements InstrumentationState {
        private final long startedAt = System.nanoTime();
        private volatile long cost = -1;
        private volatile RateBudgets.Spend spend;
        private volatile boolean deadlineApplies = true;
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        return new State();
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
                                                                         InstrumentationState instrumentationState) {
        State state = (State) instrumentationState;
        ExecutionContext execution = parameters.getExecutionContext();
        boolean subscription = execution.getOperationDefinition().getOperation() == OperationDefinition.Operation.SUBSCRIPTION;
        if (subscription && SubscriptionTransports.answersOnce(execution.getGraphQLContext())) {
            throw new AbortExecutionException(SubscriptionTransports.refusal());
        }
        state.deadlineApplies = !subscription;
        // The document was checked once, with its other limits (DocumentLimits); variables change with every request.
        if (carriesNul(execution.getCoercedVariables().toMap())) {
            throw new AbortExecutionException(List.of(nulRefusal()));
        }
        long cost = costs.get(new CostKey(execution.getOperationDefinition(), execution.getCoercedVariables().toMap()),
                key -> costOf(execution));
        state.cost = cost;
        if (cost > limits.maxCost()) {
            throw new AbortExecutionException(List.of(Limit.COST.refusal(cost, limits.maxCost())));
        }
        if (rates.enabled()) {
            String client = execution.getGraphQLContext().getOrDefault(RateBudgets.CLIENT, RateBudgets.client(null, null));
            // Like GitHub's, every request costs at least one point, however little it selects.
            RateBudgets.Spend spend;
            try {
                spend = budgets.spend(client, Math.max(1, cost), rates.points(), rates.window(), Instant.now());
            } catch (ServiceUnavailableException unreachable) {
                throw new AbortExecutionException(List.of(ServiceUnavailableException.error(GraphqlErrorBuilder.newError())));
            }
            state.spend = spend;
            execution.getGraphQLContext().put(RateBudgets.Spend.class, spend);
            if (!spend.allowed()) {
                throw new AbortExecutionException(List.of(rateLimited(spend)));
            }
        }
        return super.beginExecuteOperation(parameters, instrumentationState);
    }

    static GraphQLError rateLimited(RateBudgets.Spend spend) {
        long retryAfter = Math.max(1, Duration.between(Instant.now(), spend.resetAt()).toSeconds() + 1);
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", "RATE_LIMITED");
        extensions.put("retryAfterSeconds", retryAfter);
        extensions.put("resetAt", spend.resetAt().toString());
        extensions.put("cost", spend.cost());
        extensions.put("remaining", spend.remaining());
        return GraphqlErrorBuilder.newError().errorType(RATE_LIMITED)
                .message(("This request costs %,d points and this client has %,d of its %,d left until %s: retry in "
                        + "%,d s, or ask for less (see extensions.cost).").formatted(spend.cost(), spend.remaining(),
                        spend.limit(), spend.resetAt(), retryAfter))
                .extensions(extensions).build();
    }

    /** Classification of a refusal for spending too much: the request was fine, the client must wait. */
    public static final ErrorClassification RATE_LIMITED = ErrorClassification.errorClassification("RATE_LIMITED");

    private long costOf(ExecutionContext execution) {
        try {
            return new QueryCost(execution.getGraphQLSchema(), pages)
                    .of(execution.getOperationDefinition(), execution.getFragmentsByName(), execution.getCoercedVariables());
        } catch (AbortExecutionException tooManyFields) {
            return QueryCost.MAX_FIELDS_PRICED;
        }
    }

    /**
     * No text Diplograph keeps or searches contains U+0000, and PostgreSQL cannot store it in text at all: refused up
     * front, from variables or from the document, so both databases answer the same clean error.
     */
    static GraphQLError nulRefusal() {
        return GraphqlErrorBuilder.newError().errorType(ErrorType.BAD_REQUEST)
                .message("Text may not contain the NUL character (U+0000).")
                .extensions(Map.of("code", "INVALID_CHARACTER")).build();
    }

    private static boolean carriesNul(Object value) {
        if (value instanceof String text) {
            return text.indexOf('\u0000') >= 0;
        }
        if (value instanceof Map<?, ?> map) {
            return map.values().stream().anyMatch(RequestLimits::carriesNul);
        }
        if (value instanceof Collection<?> values) {
            return values.stream().anyMatch(RequestLimits::carriesNul);
        }
        return false;
    }

    /** Only fetchers that do work (resolvers, batch loaders) check the clock; reading a property is not worth it. */
    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
                                                InstrumentationState instrumentationState) {
        if (parameters.isTrivialDataFetcher() || !(instrumentationState instanceof State state)) {
            return dataFetcher;
        }
        long timeoutNanos = limits.timeout().toNanos();
        return environment -> {
            long elapsed = System.nanoTime() - state.startedAt;
            if (state.deadlineApplies && elapsed > timeoutNanos) {
                throw new LimitExceededException(Limit.TIMEOUT, elapsed / 1_000_000, timeoutNanos / 1_000_000);
            }
            return dataFetcher.get(environment);
        };
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
                                                                        InstrumentationExecutionParameters parameters,
                                                                        InstrumentationState instrumentationState) {
        Map<Object, Object> extensions = new LinkedHashMap<>();
        if (result.getExtensions() != null) {
            extensions.putAll(result.getExtensions());
        }
        if (instrumentationState instanceof State state && state.cost >= 0) {
            Map<String, Object> cost = new LinkedHashMap<>();
            cost.put("requestedQueryCost", state.cost);
            cost.put("maximumQueryCost", limits.maxCost());
            extensions.put("cost", cost);
        }
        if (instrumentationState instanceof State state && state.spend != null) {
            extensions.put("rateLimit", RateLimit.of(state.spend).asMap());
        }
        return CompletableFuture.completedFuture(ExecutionResult.newExecutionResult().from(result)
                .errors(classified(result.getErrors())).extensions(extensions.isEmpty() ? null : extensions).build());
    }

    /**
     * graphql-java's own errors (syntax, validation, variable coercion) become BAD_REQUEST with a stable code like every
     * other refusal; every field abandoned after the deadline fails the same way, and the client needs to hear it once.
     */
    private static List<GraphQLError> classified(List<GraphQLError> errors) {
        List<GraphQLError> kept = new ArrayList<>(errors.size());
        boolean timeoutReported = false;
        for (GraphQLError error : errors) {
            boolean timeout = error.getExtensions() != null && Limit.TIMEOUT.code().equals(error.getExtensions().get("code"));
            if (!timeout || !timeoutReported) {
                kept.add(GraphQlErrorResolver.classified(error));
            }
            timeoutReported |= timeout;
        }
        return kept;
    }
}
