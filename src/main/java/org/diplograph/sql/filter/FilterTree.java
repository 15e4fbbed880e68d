package org.diplograph.sql.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.diplograph.graphql.InvalidInputException;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/**
 * Compiles a client's filter, a tree of criteria combined with {@code and} and {@code or}, into one SQL condition,
 * refusing trees too deep or too large to be a reasonable question (and cheap to make expensive).
 */
public final class FilterTree {

    public static final int MAX_DEPTH = 5;
    public static final int MAX_NODES = 50;
    public static final int MAX_VALUES = 100;

    private int nodes;

    /**
     * @param filter   the root filter, or null for "everything"
     * @param criteria the conjunction of one filter node's own criteria
     * @param and      a node's {@code and} list
     * @param or       a node's {@code or} list
     */
    public <F> Condition compile(F filter, String path, BiFunction<F, String, Condition> criteria,
                                 Function<F, List<F>> and, Function<F, List<F>> or) {
        return filter == null ? DSL.noCondition() : node(filter, path, 1, criteria, and, or);
    }

    private <F> Condition node(F filter, String path, int depth, BiFunction<F, String, Condition> criteria,
                               Function<F, List<F>> and, Function<F, List<F>> or) {
        if (depth > MAX_DEPTH) {
            throw new InvalidInputException(
                    "'%s' nests 'and'/'or' deeper than %d levels.".formatted(path, MAX_DEPTH), path, "FILTER_TOO_DEEP");
        }
        if (++nodes > MAX_NODES) {
            throw new InvalidInputException("The filter has more than %d parts.".formatted(MAX_NODES), path, "FILTER_TOO_LARGE");
        }
        Condition condition = criteria.apply(filter, path);
        List<F> all = and.apply(filter);
        if (all != null) {
            for (int i = 0; i < all.size(); i++) {
                condition = condition.and(node(all.get(i), path + ".and[" + i + "]", depth + 1, criteria, and, or));
            }
        }
        List<F> any = or.apply(filter);
        if (any != null) {
            if (any.isEmpty()) {
                throw new InvalidInputException("'%s.or' is empty: give at least one filter.".formatted(path), path + ".or", "EMPTY_FILTER");
            }
            List<Condition> alternatives = new ArrayList<>();
            for (int i = 0; i < any.size(); i++) {
                alternatives.add(node(any.get(i), path + ".or[" + i + "]", depth + 1, criteria, and, or));
            }
            condition = condition.and(DSL.or(alternatives));
        }
        return condition;
    }

    /** A list criterion's values, refused when empty or too long. */
    public static <T> List<T> values(List<T> values, String path) {
        if (values.isEmpty()) {
            throw new InvalidInputException("'%s' is empty: give at least one value or leave it out.".formatted(path), path, "EMPTY_FILTER");
        }
        if (values.size() > MAX_VALUES) {
            throw new InvalidInputException(
                    "'%s' lists %d values; at most %d are allowed.".formatted(path, values.size(), MAX_VALUES), path, "TOO_MANY_VALUES");
        }
        return values;
    }

    /** A text criterion, refused when blank or too long. */
    public static String text(String text, String path) {
        if (text.isBlank() || text.length() > 200) {
            throw new InvalidInputException("'%s' must be 1 to 200 characters of text.".formatted(path), path, "INVALID_TEXT");
        }
        return text;
    }
}
