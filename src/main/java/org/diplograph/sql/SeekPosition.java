package org.diplograph.sql;

import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.val;

import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;

import org.diplograph.graphql.Cursor;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.exception.DataTypeException;

/**
 * Where a page starts: the decoded cursor, split into the segment (dated / undated rows when the first key is
 * nullable) and the key values inside it.
 */
record SeekPosition(Ordering ordering, Integer cursorSegment, List<Field<?>> cursorValues) {

    static SeekPosition of(Ordering ordering, Cursor cursor, String argument) {
        if (cursor == null) {
            return new SeekPosition(ordering, null, List.of());
        }
        if (!ordering.cursorName().equals(cursor.ordering())) {
            throw Cursor.invalid(cursor.encode(), argument);
        }
        List<String> raw = cursor.values();
        int segment = 0;
        int firstKey = 0;
        if (ordering.firstNullable()) {
            if (raw.isEmpty() || !("0".equals(raw.get(0)) || "1".equals(raw.get(0)))) {
                throw Cursor.invalid(cursor.encode(), argument);
            }
            segment = Integer.parseInt(raw.get(0));
            raw = raw.subList(1, raw.size());
            firstKey = segment;
        }
        List<Field<?>> keys = ordering.keys().subList(firstKey, ordering.keys().size());
        if (raw.size() != keys.size()) {
            throw Cursor.invalid(cursor.encode(), argument);
        }
        List<Field<?>> values = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            if (raw.get(i) == null) {
                throw Cursor.invalid(cursor.encode(), argument);
            }
            try {
                values.add(val(keys.get(i).getDataType().convert(raw.get(i)), keys.get(i)));
            } catch (DataTypeException | IllegalArgumentException | DateTimeException wrongType) {
                throw Cursor.invalid(cursor.encode(), argument);
            }
        }
        return new SeekPosition(ordering, segment, values);
    }

    /** Segments to read, in the order a page meets them: dated then undated, or the reverse going backward. */
    List<Integer> segmentsInTraversalOrder(boolean backward) {
        if (!ordering.firstNullable()) {
            return List.of(0);
        }
        return backward ? List.of(1, 0) : List.of(0, 1);
    }

    Condition segmentCondition(int segment) {
        if (!ordering.firstNullable()) {
            return noCondition();
        }
        Field<?> first = ordering.keys().get(0);
        return segment == 0 ? first.isNotNull() : first.isNull();
    }

    private List<Field<?>> keysOf(int segment) {
        return ordering.keys().subList(ordering.firstNullable() ? segment : 0, ordering.keys().size());
    }

    /**
     * The ORDER BY of a segment. The undated segment still sorts by the (null) first key: it changes nothing in
     * the order, but matches the (date, id) index, which then both finds the nulls and delivers them sorted,
     * where sorting by id alone invites a scan of the whole primary key.
     */
    List<SortField<?>> sortFields(boolean backward) {
        boolean descending = ordering.descending() != backward;
        List<SortField<?>> sort = new ArrayList<>();
        for (Field<?> key : ordering.keys()) {
            sort.add(descending ? key.desc() : key.asc());
        }
        return sort;
    }

    /**
     * The seek predicate for one segment, {@code noCondition()} when the whole segment lies beyond the cursor, or
     * null when none of it does (the branch is then left out).
     */
    Condition seekCondition(int segment, boolean backward) {
        if (cursorSegment == null) {
            return noCondition();
        }
        if (segment != cursorSegment) {
            boolean segmentIsAhead = backward ? segment < cursorSegment : segment > cursorSegment;
            return segmentIsAhead ? noCondition() : null;
        }
        List<Field<?>> keys = keysOf(segment);
        boolean greater = ordering.descending() == backward;
        // The row comparison alone is exact; the redundant bound on the leading key lets every optimiser turn
        // it into an index range start instead of a filter over the rows before the cursor.
        @SuppressWarnings("unchecked")
        Field<Object> leading = (Field<Object>) keys.get(0);
        @SuppressWarnings("unchecked")
        Field<Object> leadingValue = (Field<Object>) cursorValues.get(0);
        return greater
                ? row(keys).gt(row(cursorValues)).and(leading.ge(leadingValue))
                : row(keys).lt(row(cursorValues)).and(leading.le(leadingValue));
    }
}
