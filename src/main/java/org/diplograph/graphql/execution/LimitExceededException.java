package org.diplograph.graphql.execution;

/** A request went past one of its {@link Limit limits} while it ran; reported as that limit's refusal. */
public class LimitExceededException extends RuntimeException {

    private final Limit limit;
    private final long actual;
    private final long maximum;

    public LimitExceededException(Limit limit, long actual, long maximum) {
        super(limit.message(actual, maximum));
        this.limit = limit;
        this.actual = actual;
        this.maximum = maximum;
    }

    public Limit limit() {
        return limit;
    }

    public long actual() {
        return actual;
    }

    public long maximum() {
        return maximum;
    }
}
