package org.diplograph.sql.filter;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.diplograph.graphql.node.GlobalId;
import org.diplograph.graphql.node.NodeType;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The criteria of one node of a client's filter, combined with AND: a field the client left out (null) adds nothing,
 * a given one is checked against the filter limits ({@link FilterTree}) and becomes a condition whose values are bind
 * values. Each criterion is told the path of its field ({@code filter.or[1].kinds}) for the errors it raises.
 */
public final class Criteria {

    private final String path;
    private Condition condition = DSL.noCondition();

    public Criteria(String path) {
        this.path = path;
    }

    /** A list of values, not empty and within the limit, turned into a condition. */
    public <T> Criteria values(List<T> values, String field, BiFunction<List<T>, String, Condition> criterion) {
        if (values != null) {
            String at = path + "." + field;
            condition = condition.and(criterion.apply(FilterTree.values(values, at), at));
        }
        return this;
    }

    /** Enum values matched by name against a column of names. */
    public <E extends Enum<E>> Criteria names(List<E> values, String field, Field<String> column) {
        return values(values, field, (given, at) -> column.in(given.stream().map(Enum::name).toList()));
    }

    /** Global ids of one node type, decoded to keys (an id of another type is refused). */
    public Criteria ids(List<String> ids, String field, NodeType type, Function<List<Long>, Condition> criterion) {
        return values(ids, field, (given, at) -> criterion.apply(given.stream()
                .map(id -> GlobalId.decodeNumeric(id, type, at)).toList()));
    }

    /** Any other criterion, when its field is given. */
    public <T> Criteria given(T value, String field, BiFunction<T, String, Condition> criterion) {
        if (value != null) {
            condition = condition.and(criterion.apply(value, path + "." + field));
        }
        return this;
    }

    public Condition condition() {
        return condition;
    }
}
