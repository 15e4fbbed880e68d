package org.diplograph.benchmark;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Random;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Synthetic event data at GDELT-like volumes, for benchmarks and scale tests only: never part of the default database.
 *
 * <p>Volumes follow the number of actions asked for: one actor per 25 actions and one statement per 20. Skew is
 * realistic: countries, actors and event codes are drawn from Zipf distributions, so a few countries and actors
 * dominate, as they do in news data. Every generated fact cites a sentence of one synthetic source, like real facts.
 * The same seed gives the same data. Rows go in with JDBC batches and explicit ids; identity columns are moved past
 * them afterwards so later writes do not collide.
 */
public final class SyntheticData {

    public static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);
    public static final int DAYS = 3653;
    private static final int SENTENCES = 1000;
    private static final int BATCH = 5_000;
    private static final String[] WORDS = {"sanctions", "ambassador", "relations", "asylum", "talks", "treaty",
            "border", "trade", "envoy", "protest", "cooperation", "agreement", "aid", "security", "elections",
            "embassy", "minister", "summit", "dialogue", "crisis"};
    private static final String[] PLOVER = {"CONSULT", "SUPPORT", "ACCUSE", "SANCTION", "COERCE", "AID", "REQUEST"};

    /** What was generated, for reporting. */
    public record Summary(int countries, int actors, int statements, int actions, long rows, long millis) {
    }

    private final Random random;
    private long rows;

    private SyntheticData(long seed) {
        this.random = new Random(seed);
    }

    /** Adds {@code actions} synthetic actions (with their actors, statements and links) to a migrated database. */
    public static Summary generate(DataSource dataSource, int actions, long seed) throws SQLException {
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            SyntheticData data = new SyntheticData(seed);
            Summary summary = data.generate(connection, actions);
            connection.commit();
            return new Summary(summary.countries, summary.actors, summary.statements, summary.actions, data.rows,
                    (System.nanoTime() - start) / 1_000_000);
        }
    }

    private Summary generate(Connection connection, int actionCount) throws SQLException {
        List<String> deferred = dropSecondaryIndexes(connection);
        List<String> countries = insertCountries(connection);
        long sourceId = insertSource(connection);
        long firstSentence = nextId(connection, "sentence") - SENTENCES;
        int actorCount = Math.max(20, actionCount / 25);
        int statementCount = Math.max(10, actionCount / 20);

        Zipf countryDraw = new Zipf(countries.size(), 1.1, random);
        long firstActor = nextId(connection, "actor");
        String[] actorCountry = new String[actorCount];
        insertActors(connection, actorCount, firstActor, countries, countryDraw, actorCountry, firstSentence);

        Zipf actorDraw = new Zipf(actorCount, 1.0, random);
        insertStatements(connection, statementCount, sourceId, firstSentence, firstActor, actorDraw, countries, countryDraw);

        List<String[]> codes = leafCodes(connection);
        Zipf codeDraw = new Zipf(codes.size(), 1.0, random);
        insertActions(connection, actionCount, sourceId, firstSentence, firstActor, actorCount, actorCountry, actorDraw,
                countries, countryDraw, codes, codeDraw);

        for (String index : deferred) {
            try (Statement create = connection.createStatement()) {
                create.execute(index);
            }
            connection.commit();
        }
        for (String table : List.of("source", "sentence", "actor", "statement", "action")) {
            long next = nextId(connection, table);
            try (Statement alter = connection.createStatement()) {
                alter.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next);
            }
        }
        return new Summary(countries.size(), actorCount, statementCount, actionCount, rows, 0);
    }

    /**
     * On H2, a bulk load is several times faster with the secondary indexes built once afterwards than maintained row
     * by row; the definitions are read from the database itself, so they are recreated exactly as the migrations made
     * them. Indexes that a constraint relies on stay. PostgreSQL loads fast enough as it is.
     */
    private static List<String> dropSecondaryIndexes(Connection connection) throws SQLException {
        List<String> recreate = new ArrayList<>();
        if (!connection.getMetaData().getDatabaseProductName().startsWith("H2")) {
            return recreate;
        }
        Map<String, List<String>> columns = new LinkedHashMap<>();
        Map<String, String> tables = new LinkedHashMap<>();
        try (Statement query = connection.createStatement(); ResultSet rs = query.executeQuery("""
                SELECT i.INDEX_NAME, i.TABLE_NAME, c.COLUMN_NAME
                FROM INFORMATION_SCHEMA.INDEXES i
                JOIN INFORMATION_SCHEMA.INDEX_COLUMNS c
                  ON c.INDEX_SCHEMA = i.INDEX_SCHEMA AND c.INDEX_NAME = i.INDEX_NAME AND c.TABLE_NAME = i.TABLE_NAME
                WHERE i.INDEX_SCHEMA = 'PUBLIC' AND i.INDEX_TYPE_NAME = 'INDEX'
                  AND i.TABLE_NAME IN ('ACTION', 'ACTION_PARTY', 'ACTION_COUNTRY', 'ACTION_ACTOR', 'ACTION_EVIDENCE',
                                       'STATEMENT', 'STATEMENT_SUBJECT', 'ACTOR')
                  AND i.INDEX_NAME NOT LIKE 'CONSTRAINT%' AND i.INDEX_NAME NOT LIKE 'PRIMARY%'
                ORDER BY i.INDEX_NAME, c.ORDINAL_POSITION""")) {
            while (rs.next()) {
                tables.put(rs.getString(1), rs.getString(2));
                columns.computeIfAbsent(rs.getString(1), name -> new ArrayList<>()).add(rs.getString(3));
            }
        }
        for (Map.Entry<String, String> index : tables.entrySet()) {
            try (Statement drop = connection.createStatement()) {
                drop.execute("DROP INDEX " + index.getKey());
                recreate.add("CREATE INDEX %s ON %s (%s)".formatted(index.getKey(), index.getValue(),
                        String.join(", ", columns.get(index.getKey()))));
            } catch (SQLException neededByAConstraint) {
                // kept: a foreign key uses it
            }
        }
        connection.commit();
        return recreate;
    }

    /** Every ISO 3166-1 country the JDK knows, so skew has a long tail to fall along. */
    private List<String> insertCountries(Connection connection) throws SQLException {
        Set<String> present = new HashSet<>();
        try (Statement query = connection.createStatement(); ResultSet rs = query.executeQuery("SELECT code FROM country")) {
            while (rs.next()) {
                present.add(rs.getString(1));
            }
        }
        List<String> codes = new ArrayList<>();
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO country (code, alpha3, name) VALUES (?, ?, ?)")) {
            for (String code : Locale.getISOCountries()) {
                Locale locale = new Locale("", code);
                String alpha3;
                try {
                    alpha3 = locale.getISO3Country();
                } catch (MissingResourceException unknown) {
                    continue;
                }
                if (alpha3.length() != 3) {
                    continue;
                }
                codes.add(code);
                if (present.add(code)) {
                    insert.setString(1, code);
                    insert.setString(2, alpha3);
                    insert.setString(3, locale.getDisplayCountry(Locale.ENGLISH));
                    insert.addBatch();
                    rows++;
                }
            }
            insert.executeBatch();
        }
        java.util.Collections.shuffle(codes, random);
        return codes;
    }

    private long insertSource(Connection connection) throws SQLException {
        long sourceId = nextId(connection, "source");
        StringBuilder body = new StringBuilder();
        List<int[]> offsets = new ArrayList<>();
        for (int i = 1; i <= SENTENCES; i++) {
            if (body.length() > 0) {
                body.append(' ');
            }
            int start = body.length();
            body.append("Synthetic report ").append(i).append(" on ").append(words(4)).append('.');
            offsets.add(new int[] {start, body.length()});
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO source (id, slug, headline, headline_origin, language, published_on, published_precision,
                                    published_basis, published_wording, body)
                VALUES (?, ?, 'Synthetic benchmark data', 'EDITORIAL', 'en', ?, 'DAY', 'STATED', 'generated', ?)""")) {
            insert.setLong(1, sourceId);
            insert.setString(2, "synthetic-" + sourceId);
            insert.setDate(3, Date.valueOf(FIRST_DAY.plusDays(DAYS)));
            insert.setString(4, body.toString());
            insert.executeUpdate();
            rows++;
        }
        long sentenceId = nextId(connection, "sentence");
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO sentence (id, source_id, ordinal, start_offset, end_offset, content) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < SENTENCES; i++) {
                insert.setLong(1, sentenceId + i);
                insert.setLong(2, sourceId);
                insert.setInt(3, i + 1);
                insert.setInt(4, offsets.get(i)[0]);
                insert.setInt(5, offsets.get(i)[1]);
                insert.setString(6, body.substring(offsets.get(i)[0], offsets.get(i)[1]));
                add(insert);
            }
            insert.executeBatch();
        }
        return sourceId;
    }

    private void insertActors(Connection connection, int count, long firstId, List<String> countries, Zipf countryDraw,
                              String[] actorCountry, long firstSentence) throws SQLException {
        String[] kinds = {"PERSON", "PERSON", "PERSON", "GOVERNMENT", "MINISTRY", "GROUP"};
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO actor (id, slug, kind, name, description, sort_name, country_code, first_sentence_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (int i = 0; i < count; i++) {
                String country = countries.get(countryDraw.next());
                actorCountry[i] = country;
                String name = "Synthetic " + kinds[i % kinds.length].toLowerCase(Locale.ROOT) + " " + (i + 1);
                insert.setLong(1, firstId + i);
                insert.setString(2, "synthetic-actor-" + (firstId + i));
                insert.setString(3, kinds[i % kinds.length]);
                insert.setString(4, name);
                insert.setString(5, "a synthetic actor of " + country);
                insert.setString(6, name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", ""));
                insert.setString(7, country);
                insert.setLong(8, firstSentence + random.nextInt(SENTENCES));
                add(insert);
                flushEvery(i + 1, insert);
            }
            insert.executeBatch();
        }
    }

    private void insertStatements(Connection connection, int count, long sourceId, long firstSentence, long firstActor,
                                  Zipf actorDraw, List<String> countries, Zipf countryDraw) throws SQLException {
        long firstId = nextId(connection, "statement");
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO statement (id, source_id, sentence_id, speaker_id, mode, content, said_on, said_precision,
                                       said_basis, said_wording)
                VALUES (?, ?, ?, ?, 'PARAPHRASE', ?, ?, 'DAY', 'STATED', 'generated')""");
             PreparedStatement subject = connection.prepareStatement(
                     "INSERT INTO statement_subject (statement_id, ordinal, country_code) VALUES (?, 1, ?)")) {
            for (int i = 0; i < count; i++) {
                long id = firstId + i;
                insert.setLong(1, id);
                insert.setLong(2, sourceId);
                insert.setLong(3, firstSentence + random.nextInt(SENTENCES));
                insert.setLong(4, firstActor + actorDraw.next());
                insert.setString(5, "We discussed " + words(6));
                insert.setDate(6, Date.valueOf(FIRST_DAY.plusDays(random.nextInt(DAYS))));
                add(insert);
                subject.setLong(1, id);
                subject.setString(2, countries.get(countryDraw.next()));
                add(subject);
                flushEvery(i + 1, insert, subject);
            }
            insert.executeBatch();
            subject.executeBatch();
        }
    }

    private List<String[]> leafCodes(Connection connection) throws SQLException {
        List<String[]> codes = new ArrayList<>();
        try (Statement query = connection.createStatement(); ResultSet rs = query.executeQuery(
                "SELECT code, root_code, quad_class, goldstein FROM event_code WHERE code <> root_code ORDER BY code")) {
            while (rs.next()) {
                codes.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
            }
        }
        java.util.Collections.shuffle(codes, random);
        return codes;
    }

    private void insertActions(Connection connection, int count, long sourceId, long firstSentence, long firstActor,
                               int actorCount, String[] actorCountry, Zipf actorDraw, List<String> countries,
                               Zipf countryDraw, List<String[]> codes, Zipf codeDraw) throws SQLException {
        long firstId = nextId(connection, "action");
        try (PreparedStatement action = connection.prepareStatement("""
                INSERT INTO action (id, source_id, event_code, root_code, plover_type, negated, summary, occurred_on,
                                    occurred_precision, occurred_basis, occurred_wording, quad_class, goldstein, intensity)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'DAY', 'STATED', 'generated', ?, ?, ?)""");
             PreparedStatement party = connection.prepareStatement(
                     "INSERT INTO action_party (action_id, role, ordinal, actor_id, country_code) VALUES (?, ?, 1, ?, ?)");
             PreparedStatement byCountry = connection.prepareStatement("""
                     INSERT INTO action_country (action_id, country_code, occurred_on, as_actor, as_recipient, as_affected)
                     VALUES (?, ?, ?, ?, ?, FALSE)""");
             PreparedStatement byActor = connection.prepareStatement("""
                     INSERT INTO action_actor (action_id, actor_id, occurred_on, as_actor, as_recipient, as_affected)
                     VALUES (?, ?, ?, ?, ?, FALSE)""");
             PreparedStatement evidence = connection.prepareStatement(
                     "INSERT INTO action_evidence (action_id, ordinal, sentence_id) VALUES (?, 1, ?)")) {
            for (int i = 0; i < count; i++) {
                long id = firstId + i;
                String[] code = codes.get(codeDraw.next());
                boolean negated = random.nextInt(50) == 0;
                double goldstein = Double.parseDouble(code[3]);
                Date occurred = Date.valueOf(FIRST_DAY.plusDays(random.nextInt(DAYS)));
                int actor = actorDraw.next();
                int recipient = actorDraw.next();
                if (recipient == actor) {
                    recipient = (recipient + 1) % actorCount;
                }
                // One recipient in ten is a country standing for an unnamed actor, as in event data.
                boolean recipientIsCountry = random.nextInt(10) == 0;
                String recipientCountry = recipientIsCountry ? countries.get(countryDraw.next()) : actorCountry[recipient];

                action.setLong(1, id);
                action.setLong(2, sourceId);
                action.setString(3, code[0]);
                action.setString(4, code[1]);
                action.setString(5, PLOVER[random.nextInt(PLOVER.length)]);
                action.setBoolean(6, negated);
                action.setString(7, "Synthetic action " + id + " (" + code[0] + ")");
                action.setDate(8, occurred);
                action.setInt(9, Integer.parseInt(code[2]));
                action.setDouble(10, goldstein);
                action.setDouble(11, negated ? 0 : goldstein);
                add(action);

                party.setLong(1, id);
                party.setString(2, "ACTOR");
                party.setLong(3, firstActor + actor);
                party.setString(4, actorCountry[actor]);
                add(party);
                party.setLong(1, id);
                party.setString(2, "RECIPIENT");
                if (recipientIsCountry) {
                    party.setNull(3, Types.BIGINT);
                } else {
                    party.setLong(3, firstActor + recipient);
                }
                party.setString(4, recipientCountry);
                add(party);

                Map<String, boolean[]> countryRoles = new LinkedHashMap<>();
                countryRoles.computeIfAbsent(actorCountry[actor], c -> new boolean[2])[0] = true;
                countryRoles.computeIfAbsent(recipientCountry, c -> new boolean[2])[1] = true;
                for (Map.Entry<String, boolean[]> involved : countryRoles.entrySet()) {
                    byCountry.setLong(1, id);
                    byCountry.setString(2, involved.getKey());
                    byCountry.setDate(3, occurred);
                    byCountry.setBoolean(4, involved.getValue()[0]);
                    byCountry.setBoolean(5, involved.getValue()[1]);
                    add(byCountry);
                }
                byActor.setLong(1, id);
                byActor.setLong(2, firstActor + actor);
                byActor.setDate(3, occurred);
                byActor.setBoolean(4, true);
                byActor.setBoolean(5, false);
                add(byActor);
                if (!recipientIsCountry) {
                    byActor.setLong(1, id);
                    byActor.setLong(2, firstActor + recipient);
                    byActor.setDate(3, occurred);
                    byActor.setBoolean(4, false);
                    byActor.setBoolean(5, true);
                    add(byActor);
                }
                evidence.setLong(1, id);
                evidence.setLong(2, firstSentence + random.nextInt(SENTENCES));
                add(evidence);

                flushEvery(i + 1, action, party, byCountry, byActor, evidence);
                if ((i + 1) % 100_000 == 0) {
                    System.out.printf("  %,d actions written%n", i + 1);
                }
            }
            for (PreparedStatement batch : Arrays.asList(action, party, byCountry, byActor, evidence)) {
                batch.executeBatch();
            }
        }
    }

    private void add(PreparedStatement statement) throws SQLException {
        statement.addBatch();
        rows++;
    }

    /**
     * Sends the batches every {@link #BATCH} rows, parents before children so foreign keys hold, and commits: one
     * transaction of millions of rows would make H2 keep all of them as undo log.
     */
    private static void flushEvery(int done, PreparedStatement... inOrder) throws SQLException {
        if (done % BATCH == 0) {
            for (PreparedStatement batch : inOrder) {
                batch.executeBatch();
            }
            inOrder[0].getConnection().commit();
        }
    }

    private String words(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }

    private static long nextId(Connection connection, String table) throws SQLException {
        try (Statement query = connection.createStatement();
             ResultSet rs = query.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Draws ranks 0..n-1 with probability proportional to 1/(rank+1)^s. */
    static final class Zipf {
        private final double[] cumulative;
        private final Random random;

        Zipf(int n, double s, Random random) {
            this.random = random;
            cumulative = new double[n];
            double total = 0;
            for (int k = 0; k < n; k++) {
                total += 1 / Math.pow(k + 1, s);
                cumulative[k] = total;
            }
            for (int k = 0; k < n; k++) {
                cumulative[k] /= total;
            }
        }

        int next() {
            int index = Arrays.binarySearch(cumulative, random.nextDouble());
            return Math.min(index >= 0 ? index : -index - 1, cumulative.length - 1);
        }
    }
}
