package org.diplograph.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import org.diplograph.support.TestDatabases;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A database that earlier imports filled the old way is set right by migration V21: the one actor each role-only
 * CAMEO code (GOV, CRM) was shared as becomes an unidentified party of every event it stood in, and is retracted; a
 * country's government named after one of its rows takes the name its code gives it.
 */
class PartiesOfEarlierImportsTest {

    @Test
    void sharedRoleActorsBecomeUnidentifiedPartiesAndGovernmentsTakeTheirCodesName() {
        HikariDataSource database = TestDatabases.freshDatabase();
        String vendor = TestDatabases.onPostgres() ? "postgresql" : "h2";
        Flyway before = Flyway.configure().dataSource(database)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor).target("20").load();
        before.migrate();
        JdbcClient jdbc = JdbcClient.create(database);
        long action = jdbc.sql("SELECT MIN(id) FROM action").query(Long.class).single();
        long shared = importedTheOldWay(jdbc, "GOV", "GROUP", "PRESIDENT", null);
        long chile = importedTheOldWay(jdbc, "CHLGOV", "GOVERNMENT", "GABRIEL BORIC", "CL");
        long ivoryCoast = importedTheOldWay(jdbc, "CIVGOV", "GOVERNMENT", "ALASSANE OUATTARA", "CI");
        jdbc.sql("INSERT INTO action_party (action_id, role, ordinal, actor_id) VALUES (?, 'AFFECTED', 9, ?)")
                .params(action, shared).update();
        jdbc.sql("INSERT INTO action_actor (action_id, actor_id, as_actor, as_recipient, as_affected) "
                + "VALUES (?, ?, FALSE, FALSE, TRUE)").params(action, shared).update();

        Flyway.configure().dataSource(database)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor).load().migrate();

        assertThat(jdbc.sql("SELECT cameo_role FROM action_party WHERE action_id = ? AND role = 'AFFECTED' "
                + "AND ordinal = 9 AND actor_id IS NULL").param(action).query(String.class).single()).isEqualTo("GOV");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM action_actor WHERE actor_id = ?").param(shared).query(Long.class)
                .single()).isZero();
        assertThat(jdbc.sql("SELECT retracted_by FROM actor WHERE id = ?").param(shared).query(String.class).single())
                .isEqualTo("migration");
        assertThat(jdbc.sql("SELECT name || ' / ' || sort_name FROM actor WHERE id IN (?, ?) ORDER BY id")
                .params(chile, ivoryCoast).query(String.class).list()).containsExactly(
                        "Government of Chile / governmentofchile",
                        "Government of Côte d’Ivoire / governmentofcôtedivoire");
        assertThat(jdbc.sql("SELECT name FROM actor WHERE slug = 'government-of-mexico'").query(String.class).single())
                .as("an actor the sources name keeps its name").isEqualTo("Government of Mexico");
        database.close();
    }

    private static long importedTheOldWay(JdbcClient jdbc, String code, String kind, String firstRowsName,
                                          String country) {
        jdbc.sql("INSERT INTO actor (slug, kind, name, description, sort_name, country_code, created_by) "
                        + "VALUES (?, ?, ?, ?, ?, ?, 'import')")
                .params("cameo-" + code.toLowerCase(), kind, firstRowsName, "CAMEO actor " + code + " as GDELT codes it",
                        firstRowsName.toLowerCase().replace(" ", ""), country).update();
        long key = jdbc.sql("SELECT id FROM actor WHERE slug = ?").param("cameo-" + code.toLowerCase())
                .query(Long.class).single();
        jdbc.sql("INSERT INTO actor_identifier (scheme, external_id, actor_id) VALUES ('CAMEO', ?, ?)")
                .params(code, key).update();
        return key;
    }
}
