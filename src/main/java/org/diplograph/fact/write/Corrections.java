package org.diplograph.fact.write;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.diplograph.graphql.InputProblems;
import org.diplograph.graphql.UserErrorCode;
import org.diplograph.sql.ColumnLengths;
import org.jooq.Field;
import org.springframework.graphql.data.ArgumentValue;

/**
 * The column changes of a correction, read from its input: a field the client left out changes nothing, one it sent
 * is checked the way its column demands (a value the fact always has cannot be cleared, text fits its column) and,
 * when valid, becomes a change. Problems go to the mutation's {@link InputProblems}, so that nothing is written.
 */
public final class Corrections {

    private final InputProblems problems;
    private final Map<Field<?>, Object> changes = new LinkedHashMap<>();

    public Corrections(InputProblems problems) {
        this.problems = problems;
    }

    /** An enumerated value every fact of the type has: it may change but not be cleared. */
    public <E extends Enum<E>> Corrections required(ArgumentValue<E> value, Field<String> column, String field) {
        if (!value.isOmitted()) {
            if (value.value() == null) {
                problems.add(UserErrorCode.INVALID, "'%s' cannot be cleared.".formatted(field), field);
            } else {
                changes.put(column, value.value().name());
            }
        }
        return this;
    }

    /** Text every fact of the type has, not blank and within its column's length. */
    public Corrections text(ArgumentValue<String> value, Field<String> column, String field) {
        if (!value.isOmitted() && problems.text(value.value(), ColumnLengths.of(column), field)) {
            changes.put(column, value.value());
        }
        return this;
    }

    /** Text that may be cleared (null), within its column's length when given. */
    public Corrections optionalText(ArgumentValue<String> value, Field<String> column, String field) {
        if (!value.isOmitted() && problems.optionalText(value.value(), ColumnLengths.of(column), field)) {
            changes.put(column, value.value());
        }
        return this;
    }

    /**
     * Any other value: {@code checked} validates it (adding its problems) and gives the column's value, or null
     * when it found a problem; the column is then left alone.
     */
    public <V, C> Corrections checked(ArgumentValue<V> value, Field<C> column, Function<V, C> checked) {
        if (!value.isOmitted()) {
            int before = problems.list().size();
            C stored = checked.apply(value.value());
            if (problems.list().size() == before) {
                changes.put(column, stored);
            }
        }
        return this;
    }

    /** A change the writer derived itself (a sort key, a value computed from others). */
    public Corrections derived(Field<?> column, Object value) {
        changes.put(column, value);
        return this;
    }

    public boolean changes(Field<?> column) {
        return changes.containsKey(column);
    }

    public Map<Field<?>, Object> changes() {
        return changes;
    }
}
