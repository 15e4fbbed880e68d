package org.diplograph.graphql.execution;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.execution.ExecutionContext;
import graphql.execution.FetchedValue;
import graphql.execution.ResultNodesInfo;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.language.OperationDefinition;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Stops an answer at its limits ({@link AnswerLimitsProperties}) while it is being built: graphql-java counts every
 * value it resolves and stops resolving past the node limit; this counts the characters of JSON the values make and
 * stops resolving the same way past the byte limit. Either way the partial answer is dropped and the client gets one
 * BAD_REQUEST error that says which limit, instead of a heap filled with an answer nobody could read. Subscriptions
 * are bounded by their price: each event is one fact's change.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class AnswerLimits extends SimplePerformantInstrumentation {

    /** What each value adds around itself: quotes, colon and comma of its name, or a list's comma. */
    private static final int PUNCTUATION = 4;
    /** A number, boolean or null, or the braces of an object or list, as written. */
    private static final int SMALL_VALUE = 8;

    private final AnswerLimitsProperties limits;

    public AnswerLimits(AnswerLimitsProperties limits) {
        this.limits = limits;
    }

    public static final class AnswerLimitsState implements InstrumentationState {
        private final AtomicLong bytes = new AtomicLong();
        private volatile boolean counting;
        private volatile boolean tooLarge;
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        return new AnswerLimitsState();
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
                                                                         InstrumentationState instrumentationState) {
        ExecutionContext execution = parameters.getExecutionContext();
        if (execution.getOperationDefinition().getOperation() != OperationDefinition.Operation.SUBSCRIPTION) {
            execution.getGraphQLContext().put(ResultNodesInfo.MAX_RESULT_NODES, limits.maxNodes());
            ((AnswerLimitsState) instrumentationState).counting = true;
        }
        return null;
    }

    @Override
    public InstrumentationContext<Object> beginFieldCompletion(InstrumentationFieldCompleteParameters parameters,
                                                               InstrumentationState instrumentationState) {
        AnswerLimitsState state = (AnswerLimitsState) instrumentationState;
        if (!state.counting || state.tooLarge) {
            return null;
        }
        Object value = FetchedValue.getFetchedValue(parameters.getFetchedObject());
        long size = PUNCTUATION + parameters.getExecutionStepInfo().getPath().getSegmentName().length() + size(value);
        if (state.bytes.addAndGet(size) > limits.maxBytes()) {
            state.tooLarge = true;
            // graphql-java resolves nothing more once past its node limit: the answer stops growing here.
            parameters.getExecutionContext().getGraphQLContext().put(ResultNodesInfo.MAX_RESULT_NODES, 0);
        }
        return null;
    }

    /** A text by its length; a list of texts by theirs; anything else (objects are counted field by field) as small. */
    private static long size(Object value) {
        if (value instanceof CharSequence text) {
            return text.length() + 2;
        }
        if (value instanceof Collection<?> items && !items.isEmpty() && items.iterator().next() instanceof CharSequence) {
            long total = SMALL_VALUE;
            for (Object item : items) {
                total += PUNCTUATION + (item instanceof CharSequence text ? text.length() : SMALL_VALUE);
            }
            return total;
        }
        return SMALL_VALUE;
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
                                                                        InstrumentationExecutionParameters parameters,
                                                                        InstrumentationState instrumentationState) {
        AnswerLimitsState state = (AnswerLimitsState) instrumentationState;
        GraphQLContext context = parameters.getGraphQLContext();
        ResultNodesInfo nodes = context == null ? null : context.get(ResultNodesInfo.RESULT_NODES_INFO);
        if (state.tooLarge) {
            return refused(Limit.ANSWER_SIZE.refusal(state.bytes.get(), limits.maxBytes()));
        }
        if (nodes != null && nodes.isMaxResultNodesExceeded()) {
            return refused(Limit.ANSWER_NODES.refusal(nodes.getResultNodesCount(), limits.maxNodes()));
        }
        return CompletableFuture.completedFuture(result);
    }

    private static CompletableFuture<ExecutionResult> refused(graphql.GraphQLError error) {
        return CompletableFuture.completedFuture(ExecutionResult.newExecutionResult().data(null).errors(List.of(error)).build());
    }
}
