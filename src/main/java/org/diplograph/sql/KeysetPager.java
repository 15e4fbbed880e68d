package org.diplograph.sql;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.unquotedName;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.diplograph.graphql.Connection;
import org.diplograph.graphql.Cursor;
import org.diplograph.graphql.PageRequest;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Record;
import org.jooq.RecordMapper;
import org.jooq.Result;
import org.jooq.ResultQuery;
import org.jooq.Select;
import org.jooq.SelectField;
import org.jooq.Table;
import org.springframework.stereotype.Component;

/**
 * Keyset (seek) pagination for every connection, root or nested.
 *
 * <p>A page never uses OFFSET: it resumes strictly after (or before) the cursor's sort-key values, so a deep page costs
 * what the first one does. Pages of many parents at once (the actions of each of 20 countries, say) are fetched in one
 * SQL statement, a UNION ALL of one index-friendly branch per parent; the number of statements a GraphQL request sends
 * therefore grows with the depth of the query, never with the number of rows.
 */
@Component
public class KeysetPager {

    private static final Field<Integer> SCOPE = PageStatements.SCOPE;
    private static final Field<Integer> SEGMENT = PageStatements.SEGMENT;
    private static final Field<Integer> COUNT = field(unquotedName("page_count"), Integer.class);

    private final DSLContext dsl;
    private final PageStatements statements;

    public KeysetPager(DSLContext dsl) {
        this.dsl = dsl;
        this.statements = new PageStatements(dsl);
    }

    /**
     * What to page through.
     *
     * @param from           table or join to select from
     * @param select         columns the mapper reads
     * @param filter         condition shared by every scope (the client's filter)
     * @param scopes         the parents whose pages are wanted; a root connection has a single scope
     * @param scopeCondition the rows of one parent
     * @param ordering       sort order, with unique keys
     * @param mapper         turns a row into the node
     */
    public record Query<S, R>(Table<?> from, List<? extends SelectField<?>> select, Condition filter, List<S> scopes,
                              Function<S, Condition> scopeCondition, Ordering ordering,
                              RecordMapper<Record, R> mapper, boolean firstKeyNeverNull, PagedJoin join,
                              Field<?> scopeColumn, String scopeIndex) {

        public Query(Table<?> from, List<? extends SelectField<?>> select, Condition filter, List<S> scopes,
                     Function<S, Condition> scopeCondition, Ordering ordering, RecordMapper<Record, R> mapper) {
            this(from, select, filter, scopes, scopeCondition, ordering, mapper, false, null, null, null);
        }

        /**
         * Pages of scopes that are "column = scope": the column also leads each branch's ORDER BY (it is constant
         * there, so the order is the same), which lets optimisers that only recognise an index's full column list
         * (H2's) read the (scope, keys...) index in order and stop after one page.
         */
        public static <S, R> Query<S, R> scopedBy(Field<S> column, Table<?> from, List<? extends SelectField<?>> select,
                                                 Condition filter, List<S> scopes, Ordering ordering,
                                                 RecordMapper<Record, R> mapper) {
            return new Query<>(from, select, filter, scopes, column::eq, ordering, mapper, false, null, column, null);
        }

        /**
         * Names the (scope, keys...) index to read. H2 backs each foreign key with a single-column index and prefers
         * it for "rows of X in order", reading and sorting all of X's rows; on H2 the page names its index instead.
         * Other databases choose well by themselves and get no hint.
         */
        public Query<S, R> readingIndexOnH2(String index) {
            return new Query<>(from, select, filter, scopes, scopeCondition, ordering, mapper, firstKeyNeverNull, join,
                    scopeColumn, index);
        }

        /**
         * Pages through {@code from} (an index table holding the sort keys) and only then joins each page's rows to
         * the table holding the selected columns: the page is then an index range read in order, which some
         * optimisers (H2's) do not manage when the join is in the same query block.
         */
        public Query<S, R> joinedAfterPaging(PagedJoin join) {
            return new Query<>(from, select, filter, scopes, scopeCondition, ordering, mapper, firstKeyNeverNull, join,
                    scopeColumn, scopeIndex);
        }

        public static <R> Query<Boolean, R> root(Table<?> from, List<? extends SelectField<?>> select, Condition filter,
                                                Ordering ordering, RecordMapper<Record, R> mapper) {
            return new Query<>(from, select, filter, List.of(Boolean.TRUE), scope -> noCondition(), ordering, mapper);
        }

        /**
         * Declares that the filter admits no row whose nullable first key is null (a date range does that), so the
         * undated segment is not read at all; some optimisers would otherwise scan the range looking for nulls.
         */
        public Query<S, R> firstKeyNeverNull(boolean neverNull) {
            return new Query<>(from, select, filter, scopes, scopeCondition, ordering, mapper, neverNull, join,
                    scopeColumn, scopeIndex);
        }
    }

    /** One page for a single-scope (root) query. */
    public <R> Connection<R> page(Query<Boolean, R> query, PageRequest page, boolean withTotal) {
        return pages(query, page, withTotal).get(Boolean.TRUE);
    }

    /** One page per scope, in one statement (plus one for the totals when asked). */
    public <S, R> Map<S, Connection<R>> pages(Query<S, R> query, PageRequest page, boolean withTotal) {
        Ordering ordering = query.ordering();
        SeekPosition position = SeekPosition.of(ordering, page.cursor(), page.backward() ? "before" : "after");
        List<Field<?>> keyAliases = new ArrayList<>();
        for (int i = 0; i < ordering.keys().size(); i++) {
            keyAliases.add(ordering.keys().get(i).as("page_k" + i));
        }
        Map<S, List<Record>> rowsByScope = new LinkedHashMap<>();
        query.scopes().forEach(scope -> rowsByScope.put(scope, new ArrayList<>()));
        if (page.size() >= 0 && !query.scopes().isEmpty()) {
            List<Integer> segments = query.firstKeyNeverNull() ? List.of(0)
                    : position.segmentsInTraversalOrder(page.backward());
            ResultQuery<Record> union = statements.of(query, keyAliases, segments, position, page);
            if (union != null) {
                Result<Record> rows = union.fetch();
                List<S> scopes = query.scopes();
                for (Record row : orderedBySegment(rows, segments)) {
                    rowsByScope.get(scopes.get(row.get(SCOPE))).add(row);
                }
            }
        }
        Map<S, Integer> totals = withTotal ? totals(query) : Map.of();
        Map<S, Connection<R>> pages = new LinkedHashMap<>();
        rowsByScope.forEach((scope, rows) -> pages.put(scope,
                connection(rows, keyAliases, query, page, totals.get(scope))));
        return pages;
    }

    /** Rows of the same scope arrive branch by branch; put each scope's segments in traversal order. */
    private static List<Record> orderedBySegment(Result<Record> rows, List<Integer> segments) {
        if (segments.size() < 2) {
            return rows;
        }
        List<Record> ordered = new ArrayList<>(rows.size());
        for (int segment : segments) {
            for (Record row : rows) {
                if (row.get(SEGMENT) == segment) {
                    ordered.add(row);
                }
            }
        }
        return ordered;
    }

    private <S, R> Connection<R> connection(List<Record> rows, List<Field<?>> keyAliases, Query<S, R> query,
                                            PageRequest page, Integer total) {
        boolean more = rows.size() > page.size();
        List<Record> kept = new ArrayList<>(rows.subList(0, Math.min(rows.size(), page.size())));
        if (page.backward()) {
            Collections.reverse(kept);
        }
        List<Connection.Edge<R>> edges = new ArrayList<>(kept.size());
        for (Record row : kept) {
            edges.add(new Connection.Edge<>(query.mapper().map(row), cursorOf(row, keyAliases, query.ordering())));
        }
        boolean hasNext = page.backward() ? page.cursor() != null : more;
        boolean hasPrevious = page.backward() ? more : page.cursor() != null;
        String start = edges.isEmpty() ? null : edges.get(0).cursor();
        String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
        return new Connection<>(edges, new Connection.PageInfo(hasNext, hasPrevious, start, end), total);
    }

    private <S> Map<S, Integer> totals(Query<S, ?> query) {
        Select<Record2<Integer, Integer>> union = null;
        List<S> scopes = query.scopes();
        for (int s = 0; s < scopes.size(); s++) {
            Select<Record2<Integer, Integer>> branch = dsl.select(inline(s).as(SCOPE), count().as(COUNT))
                    .from(query.from())
                    .where(query.filter())
                    .and(query.scopeCondition().apply(scopes.get(s)));
            union = union == null ? branch : union.unionAll(branch);
        }
        Map<S, Integer> totals = new LinkedHashMap<>();
        if (union != null) {
            for (Record2<Integer, Integer> row : dsl.fetch(union)) {
                totals.put(scopes.get(row.value1()), row.value2());
            }
        }
        return totals;
    }

    private static Cursor cursorOf(Record row, List<Field<?>> keyAliases, Ordering ordering) {
        List<String> values = new ArrayList<>();
        int first = 0;
        if (ordering.firstNullable()) {
            boolean undated = row.get(keyAliases.get(0)) == null;
            values.add(undated ? "1" : "0");
            first = undated ? 1 : 0;
        }
        for (int i = first; i < keyAliases.size(); i++) {
            Object value = row.get(keyAliases.get(i));
            values.add(value == null ? null : value.toString());
        }
        return new Cursor(ordering.cursorName(), values);
    }
}
