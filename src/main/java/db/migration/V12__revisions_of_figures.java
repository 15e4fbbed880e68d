package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The revision log accepts the FIGURE fact type. V8 left its fact-type check unnamed, and H2 and PostgreSQL name such
 * a constraint differently, so the constraint is found by its clause in the standard information schema, dropped, and
 * replaced by a named one that later fact types can replace by name in plain SQL.
 */
public class V12__revisions_of_figures extends BaseJavaMigration {

    private static final String FIND = """
            SELECT tc.constraint_name FROM information_schema.table_constraints tc
            JOIN information_schema.check_constraints cc
              ON cc.constraint_schema = tc.constraint_schema AND cc.constraint_name = tc.constraint_name
            WHERE LOWER(tc.table_name) = 'revision' AND tc.constraint_type = 'CHECK'
              AND LOWER(cc.check_clause) LIKE '%''actor_role''%'""";

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        List<String> names = new ArrayList<>();
        try (Statement find = connection.createStatement(); ResultSet found = find.executeQuery(FIND)) {
            while (found.next()) {
                names.add(found.getString(1));
            }
        }
        if (names.size() != 1) {
            throw new IllegalStateException("Expected one fact-type check on revision, found " + names);
        }
        try (Statement alter = connection.createStatement()) {
            // The name comes from the database's own catalogue.
            alter.execute("ALTER TABLE revision DROP CONSTRAINT \"" + names.get(0) + "\"");
            alter.execute("ALTER TABLE revision ADD CONSTRAINT revision_fact_type CHECK (fact_type IN "
                    + "('SOURCE', 'ACTOR', 'ACTOR_ROLE', 'STATEMENT', 'ACTION', 'FIGURE'))");
        }
    }
}
