package org.diplograph.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.diplograph.sql.schema.DefaultSchema;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The fingerprint behind every "nothing was written" assertion covers every table the application has: the tables the
 * database lists are exactly the ones jOOQ generated from the migrations, less a named few that are not the
 * application's. And it sees a change: one row changed in any table changes its digest.
 */
class DatabaseFingerprintTest extends WriteTest {

    /** Not the application's tables: Flyway's record of the migrations it ran. */
    private static final Set<String> NOT_THE_APPLICATIONS = Set.of("flyway_schema_history");

    @Autowired
    private DataSource dataSource;
    @Autowired
    private JdbcClient jdbc;

    @Test
    void theFingerprintCoversEveryGeneratedTableAndNothingElseButFlywaysHistory() {
        Set<String> generated = new TreeSet<>(DefaultSchema.DEFAULT_SCHEMA.getTables().stream()
                .map(table -> table.getName().toLowerCase(Locale.ROOT)).toList());
        Set<String> listed = new TreeSet<>(DatabaseFingerprint.tables(dataSource));
        listed.removeAll(NOT_THE_APPLICATIONS);

        assertThat(generated).as("jOOQ's tables").hasSizeGreaterThan(20);
        assertThat(listed).isEqualTo(generated);
        assertThat(DatabaseFingerprint.of(dataSource).keySet()).containsAll(generated);
    }

    @Test
    void aValueChangedInPlaceChangesTheDigestOfItsTableAndNoOther() {
        Map<String, String> before = DatabaseFingerprint.of(dataSource);
        String description = jdbc.sql("SELECT description FROM actor WHERE slug = 'pablo-monroy'").query(String.class).single();
        jdbc.sql("UPDATE actor SET description = ? WHERE slug = 'pablo-monroy'").param(description + " ").update();
        try {
            Map<String, String> after = DatabaseFingerprint.of(dataSource);
            List<String> changed = before.keySet().stream().filter(table -> !before.get(table).equals(after.get(table))).toList();
            assertThat(changed).containsExactly("actor");
        } finally {
            jdbc.sql("UPDATE actor SET description = ? WHERE slug = 'pablo-monroy'").param(description).update();
        }
        assertThat(DatabaseFingerprint.of(dataSource)).isEqualTo(before);
    }
}
