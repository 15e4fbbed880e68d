package org.diplograph.sql;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.unquotedName;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;

import org.diplograph.graphql.PageRequest;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.SQLDialect;
import org.jooq.Select;
import org.jooq.SelectField;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The SELECT that reads one page for each parent of a {@link KeysetPager.Query}: every row carries the index of its
 * parent ({@code page_scope}) and of its segment ({@code page_segment}, dated rows before undated ones), besides the
 * selected columns and the sort keys ({@code page_k0…}).
 */
final class PageStatements {

    static final Field<Integer> SCOPE = field(unquotedName("page_scope"), Integer.class);
    static final Field<Integer> SEGMENT = field(unquotedName("page_segment"), Integer.class);
    private static final String JOIN_KEY = "page_join";
    private static final String PAGED = "page_rows";
    private static final String PARENTS = "page_parents";
    private static final String PARENT_ROWS = "page_parent_rows";
    private static final String PARENT = "page_parent";
    private static final String PARENT_ORDINAL = "page_ordinal";

    private final DSLContext dsl;

    PageStatements(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The statement that reads the pages of all the query's parents. */
    <S> ResultQuery<Record> of(KeysetPager.Query<S, ?> query, List<Field<?>> keyAliases, List<Integer> segments,
                               SeekPosition position, PageRequest page) {
        if (inOneBranchPerSegment(query)) {
            return lateralPages(query, keyAliases, segments, position, page);
        }
        Select<Record> union = unionOfPages(query, keyAliases, segments, position, page);
        return union == null ? null : union.coerce(asSelected(query, keyAliases, SCOPE, SEGMENT));
    }

    /**
     * The columns of a page's rows as the branches name them, so that a row is read with the very fields the mapper
     * asks for (found at once, not by comparing names) whatever the outer query calls them.
     */
    private static List<Field<?>> asSelected(KeysetPager.Query<?, ?> query, List<Field<?>> keyAliases,
                                             Field<?>... last) {
        List<Field<?>> fields = new ArrayList<>();
        query.select().forEach(field -> fields.add((Field<?>) field));
        fields.addAll(keyAliases);
        fields.addAll(List.of(last));
        return fields;
    }

    /** One branch per parent and segment, each an index range read in order that stops after one page. */
    private <S> Select<Record> unionOfPages(KeysetPager.Query<S, ?> query, List<Field<?>> keyAliases,
                                            List<Integer> segments, SeekPosition position, PageRequest page) {
        Select<Record> union = null;
        for (int s = 0; s < query.scopes().size(); s++) {
            Select<Record> branches = segmentBranches(query, keyAliases, segments, position, page, s,
                    query.scopeCondition().apply(query.scopes().get(s)));
            union = union == null ? branches : branches == null ? union : union.unionAll(branches);
        }
        return union;
    }

    /**
     * The branches of one parent, one per segment the cursor leaves to read, or null when it leaves none; each row
     * names its parent's index when {@code scope} is given (the LATERAL statement adds it outside).
     */
    private Select<Record> segmentBranches(KeysetPager.Query<?, ?> query, List<Field<?>> keyAliases,
                                           List<Integer> segments, SeekPosition position, PageRequest page,
                                           Integer scope, Condition ofParent) {
        Select<Record> branches = null;
        for (int segment : segments) {
            Condition seek = position.seekCondition(segment, page.backward());
            if (seek == null) {
                continue;
            }
            Condition where = query.filter().and(ofParent).and(position.segmentCondition(segment)).and(seek);
            Select<Record> branch = query.join() == null
                    ? branch(query.select(), keyAliases, scope, segment, from(query), where,
                            sort(query, page.backward()), page.size() + 1)
                    : joinedBranch(query, keyAliases, scope, segment, where, page);
            branches = branches == null ? branch : branches.unionAll(branch);
        }
        return branches;
    }

    /**
     * Whether the pages of all parents are read by one branch per segment, whatever their number: on PostgreSQL,
     * for parents given by a column, as a LATERAL join on the array of parents. Its SQL text then depends on the
     * page's shape only, so it is rendered in a fraction of the time and prepared once on the server.
     */
    private boolean inOneBranchPerSegment(KeysetPager.Query<?, ?> query) {
        return query.scopeColumn() != null && query.scopes().size() > 1
                && dsl.dialect().family() == SQLDialect.POSTGRES;
    }

    /**
     * {@code SELECT page_rows.*, ordinality - 1 FROM unnest(:parents) WITH ORDINALITY CROSS JOIN LATERAL (the branch of
     * each segment, for the parent at hand)}: each parent's page is still an index range read in order that stops
     * after one page, as in {@link #unionOfPages}.
     */
    private <S> ResultQuery<Record> lateralPages(KeysetPager.Query<S, ?> query, List<Field<?>> keyAliases,
                                                 List<Integer> segments, SeekPosition position, PageRequest page) {
        @SuppressWarnings("unchecked")
        Field<Object> column = (Field<Object>) query.scopeColumn();
        Object[] values = (Object[]) Array.newInstance(column.getType(), query.scopes().size());
        Table<?> parents = DSL.unnest(DSL.val(query.scopes().toArray(values), column.getDataType().getArrayDataType()))
                .withOrdinality().as(PARENTS, PARENT, PARENT_ORDINAL);
        Field<Object> parent = DSL.field(DSL.name(PARENTS, PARENT), column.getDataType());
        Select<Record> perParent = segmentBranches(query, keyAliases, segments, position, page, null,
                column.eq(parent));
        if (perParent == null) {
            return null;
        }
        Table<?> rows = DSL.lateral(perParent.asTable(PARENT_ROWS));
        Field<Long> ordinal = DSL.field(DSL.name(PARENTS, PARENT_ORDINAL), Long.class);
        List<SelectField<?>> fields = new ArrayList<>(List.of(rows.fields()));
        fields.add(ordinal.minus(1).cast(Integer.class).as(SCOPE));
        boolean descending = query.ordering().descending() != page.backward();
        List<SortField<?>> order = new ArrayList<>(List.of(ordinal.asc(), rows.field(SEGMENT).asc()));
        for (Field<?> alias : keyAliases) {
            Field<?> key = rows.field(alias.getName());
            order.add(descending ? key.desc() : key.asc());
        }
        return dsl.select(fields).from(parents).crossJoin(rows).orderBy(order)
                .coerce(asSelected(query, keyAliases, SEGMENT, SCOPE));
    }

    private Select<Record> branch(List<? extends SelectField<?>> select, List<Field<?>> keyAliases, Integer scope,
                                  int segment, Table<?> from, Condition where, List<SortField<?>> sort, int limit) {
        List<SelectField<?>> fields = new ArrayList<>(select);
        fields.addAll(keyAliases);
        if (scope != null) {
            fields.add(inline(scope).as(SCOPE));
        }
        fields.add(inline(segment).as(SEGMENT));
        return dsl.select(fields).from(from).where(where).orderBy(sort).limit(limit);
    }

    /** The table a branch reads, with its index named where the database needs telling (see readingIndexOnH2). */
    private Table<?> from(KeysetPager.Query<?, ?> query) {
        if (query.scopeIndex() == null || dsl.dialect().family() != SQLDialect.H2) {
            return query.from();
        }
        return DSL.table("{0} USE INDEX ({1})", query.from(), DSL.unquotedName(query.scopeIndex()));
    }

    /** A branch's ORDER BY: the scope column when there is one, then the ordering's keys (see {@link Query#scopedBy}). */
    private static List<SortField<?>> sort(KeysetPager.Query<?, ?> query, boolean backward) {
        List<SortField<?>> sort = new ArrayList<>();
        boolean descending = query.ordering().descending() != backward;
        if (query.scopeColumn() != null) {
            sort.add(descending ? query.scopeColumn().desc() : query.scopeColumn().asc());
        }
        sort.addAll(new SeekPosition(query.ordering(), null, List.of()).sortFields(backward));
        return sort;
    }

    /** A branch that pages through the index table alone, then joins the page's rows to the selected columns. */
    private Select<Record> joinedBranch(KeysetPager.Query<?, ?> query, List<Field<?>> keyAliases, Integer scope, int segment,
                                        Condition where, PageRequest page) {
        List<SelectField<?>> pagedFields = new ArrayList<>(keyAliases);
        pagedFields.add(query.join().pagedKey().as(JOIN_KEY));
        Table<?> paged = dsl.select(pagedFields).from(query.from()).where(where)
                .orderBy(sort(query, page.backward()))
                .limit(page.size() + 1)
                .asTable(PAGED);
        boolean descending = query.ordering().descending() != page.backward();
        List<SelectField<?>> fields = new ArrayList<>(query.select());
        List<SortField<?>> sort = new ArrayList<>();
        for (Field<?> alias : keyAliases) {
            Field<?> pagedKey = paged.field(alias.getName());
            fields.add(pagedKey.as(alias.getName()));
            sort.add(descending ? pagedKey.desc() : pagedKey.asc());
        }
        if (scope != null) {
            fields.add(inline(scope).as(SCOPE));
        }
        fields.add(inline(segment).as(SEGMENT));
        @SuppressWarnings("unchecked")
        Field<Object> joinedKey = (Field<Object>) query.join().joinedKey();
        return dsl.select(fields).from(paged).join(query.join().table())
                .on(joinedKey.eq(paged.field(JOIN_KEY)))
                .orderBy(sort).limit(page.size() + 1);
    }
}
