package org.diplograph.sql;

import org.jooq.Field;

/**
 * The longest text a column holds, as its migration declares it ({@code VARCHAR(500)}), read from the table jOOQ
 * generates from the migrations: a writer's limit is then the column's, stated once.
 */
public final class ColumnLengths {

    private ColumnLengths() {
    }

    public static int of(Field<String> column) {
        int length = column.getDataType().length();
        if (length <= 0) {
            throw new IllegalArgumentException("The column " + column.getName() + " declares no length");
        }
        return length;
    }
}
