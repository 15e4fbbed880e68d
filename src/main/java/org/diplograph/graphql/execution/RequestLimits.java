package org.diplograph.graphql.execution;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionResult;
import graphql.GraphQLContext;
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
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.OperationDefinition;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.language.VariableDefinition;
import graphql.schema.DataFetcher;
import org.diplograph.graphql.PaginationProperties;
import org.diplograph.graphql.ServiceUnavailableException;
import org.diplograph.graphql.SubscriptionTransports;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * The limits that depend on a request's variables or on time: its {@link QueryCost cost}, refused before anything runs
 * when over the maximum and reported in every response's {@code extensions.cost}; and its deadline, after which every
 * field still to be resolved fails with one TIMEOUT error instead of running. Subscriptions live as long as the client
 * keeps them, so the deadline does not apply to them.
 */
@Component
public class RequestLimits extends SimplePerformantInstrumentation {

    private final LimitsProperties limits;
    private final PaginationProperties pages;
    private final RateCharges charges;
    /**
     * A cost depends only on the operation and the few of its variables that set sizes. The document cache hands out
     * one parsed operation per distinct document, so identical requests (the common case) find their cost here instead
     * of normalising the operation again, which profiling showed to be a noticeable share of a small query. Weighed
     * by what a key holds, so no variable's size can make the cache grow.
     */
    private final Cache<CostKey, Long> costs = Caffeine.newBuilder().maximumWeight(100_000)
            .weigher((CostKey key, Long cost) -> 1 + key.sizes().size()).build();

    /**
     * The operation by identity (one per cached document), and of its variables only what a cost can depend on: the
     * numbers ({@code first}, {@code last}), the booleans ({@code @skip}, {@code @include}) and the lengths of lists
     * ({@code ids}). A string, an id or a filter never changes a price, so a megabyte of text in a variable is not kept.
     */
    private record CostKey(OperationDefinition operation, List<Object> sizes) {

        public static CostKey of(OperationDefinition operation, Map<String, Object> variables) {
            List<Object> sizes = new ArrayList<>();
            for (VariableDefinition definition : operation.getVariableDefinitions()) {
                Type<?> type = definition.getType() instanceof NonNullType nonNull ? nonNull.getType() : definition.getType();
                Object value = variables.get(definition.getName());
                if (type instanceof ListType) {
                    sizes.add(value instanceof Collection<?> values ? values.size() : -1);
                } else if (type instanceof TypeName name && (name.getName().equals("Int") || name.getName().equals("Boolean"))) {
                    sizes.add(value);
                }
            }
            return new CostKey(operation, sizes);
        }
    }

    public RequestLimits(LimitsProperties limits, PaginationProperties pages, RateCharges charges) {
        this.limits = limits;
        this.pages = pages;
        this.charges = charges;
    }


    public static final class RequestLimitsState implements InstrumentationState {
        private final long startedAt = System.nanoTime();
        private volatile long cost = -1;
        private volatile RateBudgets.Spend spend;
        private volatile boolean deadlineApplies = true;
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        return new RequestLimitsState();
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
                                                                         InstrumentationState instrumentationState) {
        RequestLimitsState state = (RequestLimitsState) instrumentationState;
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
        long cost = costs.get(CostKey.of(execution.getOperationDefinition(), execution.getCoercedVariables().toMap()),
                key -> costOf(execution));
        state.cost = cost;
        if (cost > limits.maxCost()) {
            throw new AbortExecutionException(List.of(Limit.COST.refusal(cost, limits.maxCost())));
        }
        PersistedQueryRegistration registration = execution.getGraphQLContext().get(PersistedQueryRegistration.class);
        if (charges.enabled()) {
            // Like GitHub's, every request costs at least one point, however little it selects.
            long points = Math.max(1, cost) + (registration == null ? 0 : PersistedQueryRegistration.POINTS);
            RateBudgets.Spend spend = spend(execution.getGraphQLContext(), points, state);
            if (!spend.allowed()) {
                throw new AbortExecutionException(List.of(RateCharges.rateLimited(spend)));
            }
        }
        if (registration != null) {
            registration.registerAdmitted();
        }
        return super.beginExecuteOperation(parameters, instrumentationState);
    }

    private RateBudgets.Spend spend(GraphQLContext context, long points, RequestLimitsState state) {
        String client = context.getOrDefault(RateBudgets.CLIENT, RateBudgets.client(null, null));
        RateBudgets.Spend spend;
        try {
            spend = charges.charge(client, points);
        } catch (ServiceUnavailableException unreachable) {
            throw new AbortExecutionException(List.of(ServiceUnavailableException.error(GraphqlErrorBuilder.newError())));
        }
        state.spend = spend;
        context.put(RateBudgets.Spend.class, spend);
        return spend;
    }

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
    public static GraphQLError nulRefusal() {
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
        if (parameters.isTrivialDataFetcher() || !(instrumentationState instanceof RequestLimitsState state)) {
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
        List<GraphQLError> errors = result.getErrors();
        if (instrumentationState instanceof RequestLimitsState state && state.spend == null && charges.enabled()
                && parameters.getGraphQLContext() != null) {
            // Refused before its cost was spent (parse, validation, cost, NUL): the work done so far is charged.
            try {
                RateBudgets.Spend spend = spend(parameters.getGraphQLContext(),
                        RateCharges.refusalPoints(System.nanoTime() - state.startedAt), state);
                if (!spend.allowed()) {
                    errors = List.of(RateCharges.rateLimited(spend));
                }
            } catch (AbortExecutionException unreachable) {
                errors = unreachable.getUnderlyingErrors();
            }
        }
        Map<Object, Object> extensions = new LinkedHashMap<>();
        if (result.getExtensions() != null) {
            extensions.putAll(result.getExtensions());
        }
        if (instrumentationState instanceof RequestLimitsState state && state.cost >= 0) {
            Map<String, Object> cost = new LinkedHashMap<>();
            cost.put("requestedQueryCost", state.cost);
            cost.put("maximumQueryCost", limits.maxCost());
            extensions.put("cost", cost);
        }
        if (instrumentationState instanceof RequestLimitsState state && state.spend != null) {
            extensions.put("rateLimit", RateLimit.of(state.spend).asMap());
        }
        return CompletableFuture.completedFuture(ExecutionResult.newExecutionResult().from(result)
                .errors(classified(errors)).extensions(extensions.isEmpty() ? null : extensions).build());
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
