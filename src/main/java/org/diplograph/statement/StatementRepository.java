package org.diplograph.statement;

import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.selectOne;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.diplograph.date.ReportedDate;
import org.diplograph.fact.Change;
import org.diplograph.fact.FactTable;
import org.diplograph.fact.FactType;
import org.diplograph.fact.Involvement;
import org.diplograph.fact.ProvenanceColumns;
import org.diplograph.fact.write.References;
import org.diplograph.graphql.Connection;
import org.diplograph.graphql.PageRequest;
import org.diplograph.sql.DateColumns;
import org.diplograph.sql.KeysetPager;
import org.diplograph.sql.Ordering;
import org.diplograph.sql.schema.Tables;
import org.diplograph.sql.schema.tables.Actor;
import org.diplograph.sql.schema.tables.StatementAudience;
import org.diplograph.sql.schema.tables.StatementSubject;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Reads statements, their audiences and subjects. */
@Repository
public class StatementRepository {

    static final org.diplograph.sql.schema.tables.Statement STATEMENT = Tables.STATEMENT;
    static final Field<Long> ID = STATEMENT.ID;
    static final Field<Long> SOURCE = STATEMENT.SOURCE_ID;
    static final Field<Long> SENTENCE = STATEMENT.SENTENCE_ID;
    static final Field<Long> SPEAKER = STATEMENT.SPEAKER_ID;
    static final Field<String> MODE = STATEMENT.MODE;
    static final Field<String> CONTENT = STATEMENT.CONTENT;
    static final DateColumns SAID = new DateColumns(STATEMENT.SAID_ON, STATEMENT.SAID_PRECISION, STATEMENT.SAID_BASIS,
            STATEMENT.SAID_WORDING, STATEMENT.SAID_SENTENCE_ID);
    static final ProvenanceColumns PROVENANCE = new ProvenanceColumns(STATEMENT.VERSION, STATEMENT.CREATED_AT, STATEMENT.CREATED_BY,
            STATEMENT.UPDATED_AT, STATEMENT.UPDATED_BY, STATEMENT.RETRACTED_AT, STATEMENT.RETRACTED_BY, STATEMENT.RETRACTION_REASON);

    static final StatementAudience AUDIENCE = Tables.STATEMENT_AUDIENCE;
    static final Field<Long> AUDIENCE_STATEMENT = AUDIENCE.STATEMENT_ID;
    static final Field<Long> AUDIENCE_ACTOR = AUDIENCE.ACTOR_ID;

    static final StatementSubject SUBJECT = Tables.STATEMENT_SUBJECT;
    static final Field<Long> SUBJECT_STATEMENT = SUBJECT.STATEMENT_ID;
    static final Field<Integer> SUBJECT_ORDINAL = SUBJECT.ORDINAL;
    static final Field<Long> SUBJECT_ACTOR = SUBJECT.ACTOR_ID;
    static final Field<String> SUBJECT_COUNTRY = SUBJECT.COUNTRY_CODE;
    static final Field<Long> SUBJECT_ACTION = SUBJECT.ACTION_ID;

    private static final Actor ACTOR = Tables.ACTOR;
    private static final Field<Long> ACTOR_ID = ACTOR.ID;
    private static final Field<String> ACTOR_COUNTRY = ACTOR.COUNTRY_CODE;

    private static final List<Field<?>> FIELDS = PROVENANCE.after(
            List.of(ID, SOURCE, SENTENCE, SPEAKER, MODE, CONTENT), SAID.fields());
    private static final Ordering BY_DATE = byDate(false);

    private final DSLContext dsl;
    private final KeysetPager pager;

    public StatementRepository(DSLContext dsl, KeysetPager pager) {
        this.dsl = dsl;
        this.pager = pager;
    }

    public Map<Long, Statement> findStatements(Collection<Long> keys) {
        return dsl.select(FIELDS).from(STATEMENT).where(ID.in(keys)).fetch(StatementRepository::toStatement).stream()
                .collect(Collectors.toMap(Statement::key, Function.identity()));
    }

    private static Ordering byDate(boolean descending) {
        return Ordering.nullableFirst("statement.said", descending, SAID.on(), ID);
    }

    /** A page of statements; {@code datedOnly} when the filter admits only dated ones (it has a date range). */
    public Connection<Statement> statements(Condition filter, boolean datedOnly, boolean includeRetracted,
                                            StatementOrder order, PageRequest page, boolean withTotal) {
        Ordering ordering = order == null ? BY_DATE : byDate(order.descending());
        return pager.page(KeysetPager.Query.root(STATEMENT, FIELDS, filter.and(PROVENANCE.liveUnless(includeRetracted)),
                ordering, StatementRepository::toStatement).firstKeyNeverNull(datedOnly), page, withTotal);
    }

    /** The most prolific speakers among the statements matching the condition. */
    List<SpeakerCount> countsBySpeaker(Condition filter, int limit) {
        Field<Integer> total = DSL.count().as("speaker_count");
        return dsl.select(SPEAKER, total).from(STATEMENT).where(filter).and(PROVENANCE.live()).groupBy(SPEAKER)
                .orderBy(total.desc(), SPEAKER.asc()).limit(limit)
                .fetch(row -> new SpeakerCount(row.value1(), row.value2()));
    }

    public KeysetPager.Query<Long, Statement> bySpeakers(List<Long> actorKeys) {
        return KeysetPager.Query.scopedBy(SPEAKER, STATEMENT, FIELDS, PROVENANCE.live(), actorKeys, BY_DATE,
                StatementRepository::toStatement).readingIndexOnH2("statement_speaker");
    }

    public KeysetPager.Query<Long, Statement> ofSources(List<Long> sourceKeys) {
        return KeysetPager.Query.scopedBy(SOURCE, STATEMENT, FIELDS, PROVENANCE.live(), sourceKeys, BY_DATE,
                StatementRepository::toStatement).readingIndexOnH2("statement_source_said");
    }

    public KeysetPager.Query<Long, Statement> aboutActors(List<Long> actorKeys) {
        return scoped(actorKeys, actorKey -> exists(selectOne().from(SUBJECT)
                .where(SUBJECT_STATEMENT.eq(ID)).and(SUBJECT_ACTOR.eq(actorKey))));
    }

    /** Statements about a country itself or about any of its actors. */
    public KeysetPager.Query<String, Statement> aboutCountries(List<String> countryCodes) {
        return scoped(countryCodes, code -> exists(selectOne().from(SUBJECT)
                .where(SUBJECT_STATEMENT.eq(ID))
                .and(SUBJECT_COUNTRY.eq(code).or(SUBJECT_ACTOR.in(
                        DSL.select(ACTOR_ID).from(ACTOR).where(ACTOR_COUNTRY.eq(code)))))));
    }

    public Map<Long, List<Long>> audienceOf(Collection<Long> statementKeys) {
        return dsl.select(AUDIENCE_STATEMENT, AUDIENCE_ACTOR).from(AUDIENCE)
                .where(AUDIENCE_STATEMENT.in(statementKeys)).orderBy(AUDIENCE_ACTOR)
                .fetchGroups(AUDIENCE_STATEMENT, AUDIENCE_ACTOR);
    }

    List<SubjectRef> subjectsOf(Collection<Long> statementKeys) {
        return dsl.select(SUBJECT_STATEMENT, SUBJECT_ACTOR, SUBJECT_COUNTRY, SUBJECT_ACTION).from(SUBJECT)
                .where(SUBJECT_STATEMENT.in(statementKeys)).orderBy(SUBJECT_STATEMENT, SUBJECT_ORDINAL)
                .fetch(row -> new SubjectRef(row.get(SUBJECT_STATEMENT), row.get(SUBJECT_ACTOR),
                        row.get(SUBJECT_COUNTRY), row.get(SUBJECT_ACTION)));
    }

    /** Statements citing each of the sentences. */
    public Map<Long, List<Statement>> citing(Collection<Long> sentenceKeys) {
        return dsl.select(FIELDS).from(STATEMENT).where(SENTENCE.in(sentenceKeys)).and(PROVENANCE.live()).orderBy(ID)
                .fetch(StatementRepository::toStatement).stream()
                .collect(Collectors.groupingBy(Statement::sentenceKey));
    }

    private <S> KeysetPager.Query<S, Statement> scoped(List<S> scopes, Function<S, Condition> scope) {
        return new KeysetPager.Query<>(STATEMENT, FIELDS, PROVENANCE.live(), scopes, scope, BY_DATE,
                StatementRepository::toStatement);
    }

    static final FactTable FACTS = new FactTable(FactType.STATEMENT, STATEMENT, ID, PROVENANCE);

    static Map<Field<?>, Object> columns(long speaker, StatementMode mode, String content, ReportedDate said,
                                         long sentence) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(SPEAKER, speaker);
        values.put(MODE, mode.name());
        values.put(CONTENT, content);
        values.putAll(SAID.values(said));
        values.put(SENTENCE, sentence);
        return values;
    }

    long insert(long sourceKey, Map<Field<?>, Object> columns, Change change) {
        return dsl.insertInto(STATEMENT).set(columns).set(SOURCE, sourceKey)
                .set(PROVENANCE.createdAt(), change.at()).set(PROVENANCE.createdBy(), change.by())
                .returningResult(ID).fetchOne().value1();
    }

    void replaceAudience(long statementKey, List<Long> actorKeys) {
        dsl.deleteFrom(AUDIENCE).where(AUDIENCE_STATEMENT.eq(statementKey)).execute();
        for (long actor : new LinkedHashSet<>(actorKeys)) {
            dsl.insertInto(AUDIENCE).set(AUDIENCE_STATEMENT, statementKey).set(AUDIENCE_ACTOR, actor).execute();
        }
    }

    void replaceSubjects(long statementKey, List<References.Ref> subjects) {
        dsl.deleteFrom(SUBJECT).where(SUBJECT_STATEMENT.eq(statementKey)).execute();
        for (int i = 0; i < subjects.size(); i++) {
            References.Ref subject = subjects.get(i);
            dsl.insertInto(SUBJECT).set(SUBJECT_STATEMENT, statementKey).set(SUBJECT_ORDINAL, i + 1)
                    .set(SUBJECT_ACTOR, subject.actorKey())
                    .set(SUBJECT_COUNTRY, subject.actorKey() == null ? subject.countryCode() : null)
                    .set(SUBJECT_ACTION, subject.actionKey()).execute();
        }
    }

    /** The countries and actors a statement involves: speaker, audience, subjects, and their countries. */
    Involvement involvement(long statementKey) {
        Set<Long> actors = new HashSet<>();
        actors.addAll(dsl.select(SPEAKER).from(STATEMENT).where(ID.eq(statementKey)).fetch(SPEAKER));
        actors.addAll(dsl.select(AUDIENCE_ACTOR).from(AUDIENCE).where(AUDIENCE_STATEMENT.eq(statementKey))
                .fetch(AUDIENCE_ACTOR));
        actors.addAll(dsl.select(SUBJECT_ACTOR).from(SUBJECT).where(SUBJECT_STATEMENT.eq(statementKey))
                .and(SUBJECT_ACTOR.isNotNull()).fetch(SUBJECT_ACTOR));
        Set<String> countries = new HashSet<>(dsl.select(SUBJECT_COUNTRY).from(SUBJECT)
                .where(SUBJECT_STATEMENT.eq(statementKey)).and(SUBJECT_COUNTRY.isNotNull()).fetch(SUBJECT_COUNTRY));
        countries.addAll(dsl.select(ACTOR_COUNTRY).from(ACTOR).where(ACTOR_ID.in(actors)).and(ACTOR_COUNTRY.isNotNull())
                .fetch(ACTOR_COUNTRY));
        return new Involvement(countries, actors);
    }

    static Statement toStatement(Record row) {
        return new Statement(row.get(ID), row.get(SOURCE), row.get(SENTENCE), row.get(SPEAKER),
                StatementMode.valueOf(row.get(MODE)), row.get(CONTENT), SAID.read(row), PROVENANCE.read(row));
    }
}
