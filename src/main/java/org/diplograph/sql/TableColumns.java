package org.diplograph.sql;

import org.jooq.Field;
import org.jooq.Table;

/**
 * Columns of a generated table found by the name every migration gives them (provenance, date columns). The field
 * returned is the table's own instance, not a typed copy ({@code Table.field(name, type)} makes one), because jOOQ
 * finds a record's value at once only for the very field it was selected with, and by comparing names otherwise.
 */
public final class TableColumns {

    private TableColumns() {
    }

    /** The column, which must exist with that Java type. */
    public static <T> Field<T> named(Table<?> table, String name, Class<T> type) {
        Field<T> column = namedIfPresent(table, name, type);
        if (column == null) {
            throw new IllegalStateException("The table " + table.getName() + " has no column " + name);
        }
        return column;
    }

    /** The column, or null when the table has none of that name. */
    @SuppressWarnings("unchecked")
    public static <T> Field<T> namedIfPresent(Table<?> table, String name, Class<T> type) {
        Field<?> column = table.field(name);
        if (column != null && !type.isAssignableFrom(column.getType())) {
            throw new IllegalStateException("The column %s.%s holds %s, not %s".formatted(table.getName(), name,
                    column.getType().getSimpleName(), type.getSimpleName()));
        }
        return (Field<T>) column;
    }
}
