package org.diplograph.sql.filter;

import java.math.BigDecimal;

import org.diplograph.graphql.InvalidInputException;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** An inclusive range of numbers from a client, validated against the scale it applies to. */
public record FloatRange(Double min, Double max) {

    public Condition contains(Field<BigDecimal> value, double lowest, double highest, String path) {
        if (min == null && max == null) {
            throw new InvalidInputException("'%s' is an empty range: give 'min', 'max' or both.".formatted(path), path, "EMPTY_RANGE");
        }
        if (min != null && max != null && min > max) {
            throw new InvalidInputException(
                    "'%s' is inverted: 'min' (%s) exceeds 'max' (%s).".formatted(path, min, max), path, "INVERTED_RANGE");
        }
        for (Double bound : new Double[] {min, max}) {
            if (bound != null && (bound.isNaN() || bound < lowest || bound > highest)) {
                throw new InvalidInputException("'%s' must lie within %s to %s (got %s)."
                        .formatted(path, lowest, highest, bound), path, "OUT_OF_RANGE");
            }
        }
        Condition condition = DSL.noCondition();
        if (min != null) {
            condition = condition.and(value.ge(BigDecimal.valueOf(min)));
        }
        if (max != null) {
            condition = condition.and(value.le(BigDecimal.valueOf(max)));
        }
        return condition;
    }
}
