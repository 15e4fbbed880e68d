package org.diplograph.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * What "nothing was written" is checked against: for every table the database itself lists (read from its metadata at
 * run time, so a table added by a migration is covered without anyone remembering it), the row count and a digest of
 * every row's every column. Rows are digested in a canonical order, so two fingerprints are equal exactly when the
 * data is, whatever order the database returns it in; a changed value with no version bump shows as clearly as an
 * inserted row.
 */
public final class DatabaseFingerprint {

    private DatabaseFingerprint() {
    }

    /** The tables of the connection's schema, lower-cased and sorted. */
    public static List<String> tables(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return tables(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not list the tables", e);
        }
    }

    /** Table name to "rows:digest", for every table of the schema. */
    public static Map<String, String> of(DataSource dataSource) {
        Map<String, String> fingerprint = new TreeMap<>();
        rows(dataSource).forEach((table, rows) -> fingerprint.put(table, digest(rows)));
        return fingerprint;
    }

    /**
     * Table name to its rows, each row its columns' values joined by U+001F, sorted: two snapshots can be compared row
     * by row, to tell exactly which rows a write added or removed.
     */
    public static Map<String, List<String>> rows(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String quote = connection.getMetaData().getIdentifierQuoteString();
            Map<String, List<String>> rows = new TreeMap<>();
            for (String table : storedNames(connection)) {
                rows.put(table.toLowerCase(Locale.ROOT), rows(connection, quote + table + quote));
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not fingerprint the database", e);
        }
    }

    private static List<String> tables(Connection connection) throws SQLException {
        return storedNames(connection).stream().map(name -> name.toLowerCase(Locale.ROOT)).sorted().toList();
    }

    /** The tables' names as the database stores them (H2 keeps Flyway's quoted lower-case name, for one). */
    private static List<String> storedNames(Connection connection) throws SQLException {
        DatabaseMetaData metadata = connection.getMetaData();
        List<String> tables = new ArrayList<>();
        try (ResultSet found = metadata.getTables(connection.getCatalog(), connection.getSchema(), "%",
                new String[] {"TABLE", "BASE TABLE"})) {
            while (found.next()) {
                tables.add(found.getString("TABLE_NAME"));
            }
        }
        return tables;
    }

    private static List<String> rows(Connection connection, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        // The name comes from the database's own metadata, never from input.
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData columns = result.getMetaData();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int column = 1; column <= columns.getColumnCount(); column++) {
                    Object value = result.getObject(column);
                    row.append(value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : String.valueOf(value))
                            .append('\u001f');
                }
                rows.add(row.toString());
            }
        }
        rows.sort(null);
        return rows;
    }

    private static String digest(List<String> rows) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (String row : rows) {
            sha256.update(row.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) '\n');
        }
        return rows.size() + ":" + HexFormat.of().formatHex(sha256.digest());
    }
}
