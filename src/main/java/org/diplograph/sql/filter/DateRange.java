package org.diplograph.sql.filter;

import java.time.LocalDate;

import org.diplograph.graphql.InvalidInputException;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** An inclusive range of dates from a client, validated before use. */
public record DateRange(LocalDate from, LocalDate to) {

    /** The condition "the date lies in this range"; an unknown (null) date never does. */
    public Condition contains(Field<LocalDate> date, String path) {
        if (from == null && to == null) {
            throw new InvalidInputException("'%s' is an empty range: give 'from', 'to' or both.".formatted(path), path, "EMPTY_RANGE");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidInputException(
                    "'%s' is inverted: 'from' (%s) is after 'to' (%s).".formatted(path, from, to), path, "INVERTED_RANGE");
        }
        Condition condition = date.isNotNull();
        if (from != null) {
            condition = condition.and(date.ge(from));
        }
        if (to != null) {
            condition = condition.and(date.le(to));
        }
        return condition;
    }

    /** Shorthand for a range that may be absent. */
    public static Condition containsOrAll(DateRange range, Field<LocalDate> date, String path) {
        return range == null ? DSL.noCondition() : range.contains(date, path);
    }
}
