package org.diplograph.sql;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.unquotedName;

import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Table;

/**
 * Typed handles on the tables the Flyway migrations create, for repositories that build SQL with jOOQ. Names are
 * unquoted, so H2 and PostgreSQL each fold them as they did when the tables were created.
 */
public final class Tables {

    private Tables() {
    }

    public static Table<?> table(String name) {
        return org.jooq.impl.DSL.table(unquotedName(name));
    }

    public static Table<?> table(String name, String alias) {
        return org.jooq.impl.DSL.table(unquotedName(name)).as(unquotedName(alias));
    }

    public static <T> Field<T> column(Table<?> table, String name, DataType<T> type) {
        return field(unquotedName(table.getName(), name), type);
    }
}
