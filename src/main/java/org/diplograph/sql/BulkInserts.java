package org.diplograph.sql;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.postgresql.PGConnection;
import org.springframework.stereotype.Component;

/**
 * Writes many rows into a table in the caller's transaction. On PostgreSQL the rows stream in through {@code COPY ...
 * FROM STDIN}: no statement to render, bind or plan per row, which is where a multi-row INSERT of thousands of rows
 * spends most of its time, on both sides of the connection. Elsewhere (H2) they go in as one prepared INSERT run as a
 * JDBC batch, which H2 parses once; a multi-row INSERT rendered by jOOQ spent most of an H2 import in rendering it and
 * in returning its keys through a derived table.
 */
@Component
public class BulkInserts {

    /** Rows per INSERT where there is no COPY: well under PostgreSQL's 32,767 bind values at 25 columns a row. */
    private static final int ROWS_PER_INSERT = 500;

    private final DSLContext dsl;
    private final boolean copies;

    BulkInserts(DSLContext dsl) {
        this.dsl = dsl;
        this.copies = dsl.dialect().family() == SQLDialect.POSTGRES;
    }

    /** Inserts the rows, each holding a value per column in the columns' order (null for SQL NULL). */
    public void insert(Table<?> table, List<? extends Field<?>> columns, List<? extends List<?>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        if (copies) {
            copy(table, columns, rows);
            return;
        }
        batched(table, null, columns, rows);
    }

    /**
     * Inserts the rows with keys of their own, drawn from the table's identity column, and returns the keys in the
     * rows' order. On PostgreSQL the keys are taken from the column's sequence first, in one query, and the rows then
     * copied with them; elsewhere the inserts return them.
     */
    public List<Long> insertWithKeys(Table<?> table, Field<Long> key, List<? extends Field<?>> columns,
                                     List<? extends List<?>> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        if (copies) {
            List<Long> keys = dsl.select(DSL.field("nextval(pg_get_serial_sequence({0}, {1}))", Long.class,
                            DSL.inline(table.getName()), DSL.inline(key.getName())))
                    .from(DSL.table("generate_series(1, {0})", DSL.val(rows.size())))
                    .fetch(Record1::value1);
            List<Field<?>> keyed = new ArrayList<>(columns.size() + 1);
            keyed.add(key);
            keyed.addAll(columns);
            List<List<?>> keyedRows = new ArrayList<>(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                List<Object> row = new ArrayList<>(keyed.size());
                row.add(keys.get(i));
                row.addAll(rows.get(i));
                keyedRows.add(row);
            }
            copy(table, keyed, keyedRows);
            return keys;
        }
        List<Long> keys = batched(table, key, columns, rows);
        if (keys.size() != rows.size()) {
            throw new IllegalStateException("Inserted " + keys.size() + " rows of " + rows.size());
        }
        return keys;
    }

    /**
     * The rows as one prepared INSERT run as a JDBC batch: parsed once, each row only bound. With a key column, the
     * keys the database generated, in the rows' order (H2 returns a batch's keys so).
     */
    private List<Long> batched(Table<?> table, Field<Long> key, List<? extends Field<?>> columns,
                               List<? extends List<?>> rows) {
        String insert = "INSERT INTO " + dsl.render(table) + " ("
                + columns.stream().map(column -> dsl.render(DSL.name(column.getName()))).collect(Collectors.joining(", ")) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        List<Long> keys = new ArrayList<>(key == null ? 0 : rows.size());
        dsl.connection(connection -> {
            try (PreparedStatement statement = key == null ? connection.prepareStatement(insert)
                    : connection.prepareStatement(insert, new String[] {key.getName()})) {
                for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
                    for (List<?> row : rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT))) {
                        for (int i = 0; i < row.size(); i++) {
                            statement.setObject(i + 1, jdbcValue(row.get(i)));
                        }
                        statement.addBatch();
                    }
                    statement.executeBatch();
                    if (key != null) {
                        try (ResultSet generated = statement.getGeneratedKeys()) {
                            while (generated.next()) {
                                keys.add(generated.getLong(1));
                            }
                        }
                    }
                }
            }
        });
        return keys;
    }

    /** What JDBC binds for a value: an enum by its name, the rest as it is. */
    private static Object jdbcValue(Object value) {
        return value instanceof Enum<?> constant ? constant.name() : value;
    }

    private void copy(Table<?> table, List<? extends Field<?>> columns, List<? extends List<?>> rows) {
        String sql = "COPY " + table.getName() + " ("
                + columns.stream().map(Field::getName).collect(Collectors.joining(", ")) + ") FROM STDIN";
        StringBuilder text = new StringBuilder(rows.size() * columns.size() * 12);
        for (List<?> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(row.size() + " values for " + columns.size() + " columns");
            }
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    text.append('\t');
                }
                appendValue(text, row.get(i));
            }
            text.append('\n');
        }
        dsl.connection(connection -> {
            try {
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(text.toString()));
            } catch (IOException cannotStream) {
                throw new SQLException("COPY into " + table.getName() + " failed", cannotStream);
            }
        });
    }

    /** A value in COPY's text format: \N for NULL, t/f, ISO dates and times, backslash escapes in text. */
    static void appendValue(StringBuilder text, Object value) {
        if (value == null) {
            text.append("\\N");
        } else if (value instanceof Boolean flag) {
            text.append(flag ? 't' : 'f');
        } else if (value instanceof BigDecimal number) {
            text.append(number.toPlainString());
        } else if (value instanceof Number || value instanceof Temporal) {
            text.append(value);
        } else if (value instanceof CharSequence || value instanceof Enum<?>) {
            appendText(text, value.toString());
        } else {
            throw new DataAccessException("No COPY text for a " + value.getClass().getSimpleName());
        }
    }

    private static void appendText(StringBuilder text, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }
}
