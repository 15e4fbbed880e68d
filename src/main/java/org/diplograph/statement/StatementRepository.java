package org.diplograph.statement;

import static org.diplograph.sql.schema.Tables.ACTOR;
import static org.diplograph.sql.schema.Tables.STATEMENT;
import static org.diplograph.sql.schema.Tables.STATEMENT_AUDIENCE;
import static org.diplograph.sql.schema.Tables.STATEMENT_SUBJECT;
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
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Reads statements, their audiences and subjects. */
@Repository
public class StatementRepository {
    static final DateColumns SAID = DateColumns.of(STATEMENT, "said");
    static final ProvenanceColumns PROVENANCE = ProvenanceColumns.of(STATEMENT);

    private static final List<Field<?>> FIELDS = PROVENANCE.after(
            List.of(STATEMENT.ID, STATEMENT.SOURCE_ID, STATEMENT.SENTENCE_ID, STATEMENT.SPEAKER_ID, STATEMENT.MODE, STATEMENT.CONTENT), SAID.fields());
    private static final Ordering BY_DATE = byDate(false);

    private final DSLContext dsl;
    private final KeysetPager pager;

    public StatementRepository(DSLContext dsl, KeysetPager pager) {
        this.dsl = dsl;
        this.pager = pager;
    }

    public Map<Long, Statement> findStatements(Collection<Long> keys) {
        return dsl.select(FIELDS).from(STATEMENT).where(STATEMENT.ID.in(keys)).fetch(StatementRepository::toStatement).stream()
                .collect(Collectors.toMap(Statement::key, Function.identity()));
    }

    private static Ordering byDate(boolean descending) {
        return Ordering.nullableFirst("statement.said", descending, SAID.on(), STATEMENT.ID);
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
        return dsl.select(STATEMENT.SPEAKER_ID, total).from(STATEMENT).where(filter).and(PROVENANCE.live()).groupBy(STATEMENT.SPEAKER_ID)
                .orderBy(total.desc(), STATEMENT.SPEAKER_ID.asc()).limit(limit)
                .fetch(row -> new SpeakerCount(row.value1(), row.value2()));
    }

    public KeysetPager.Query<Long, Statement> bySpeakers(List<Long> actorKeys) {
        return KeysetPager.Query.scopedBy(STATEMENT.SPEAKER_ID, STATEMENT, FIELDS, PROVENANCE.live(), actorKeys, BY_DATE,
                StatementRepository::toStatement).readingIndexOnH2("statement_speaker");
    }

    public KeysetPager.Query<Long, Statement> ofSources(List<Long> sourceKeys) {
        return KeysetPager.Query.scopedBy(STATEMENT.SOURCE_ID, STATEMENT, FIELDS, PROVENANCE.live(), sourceKeys, BY_DATE,
                StatementRepository::toStatement).readingIndexOnH2("statement_source_said");
    }

    public KeysetPager.Query<Long, Statement> aboutActors(List<Long> actorKeys) {
        return scoped(actorKeys, actorKey -> exists(selectOne().from(STATEMENT_SUBJECT)
                .where(STATEMENT_SUBJECT.STATEMENT_ID.eq(STATEMENT.ID)).and(STATEMENT_SUBJECT.ACTOR_ID.eq(actorKey))));
    }

    /** Statements about a country itself or about any of its actors. */
    public KeysetPager.Query<String, Statement> aboutCountries(List<String> countryCodes) {
        return scoped(countryCodes, code -> exists(selectOne().from(STATEMENT_SUBJECT)
                .where(STATEMENT_SUBJECT.STATEMENT_ID.eq(STATEMENT.ID))
                .and(STATEMENT_SUBJECT.COUNTRY_CODE.eq(code).or(STATEMENT_SUBJECT.ACTOR_ID.in(
                        DSL.select(ACTOR.ID).from(ACTOR).where(ACTOR.COUNTRY_CODE.eq(code)))))));
    }

    public Map<Long, List<Long>> audienceOf(Collection<Long> statementKeys) {
        return dsl.select(STATEMENT_AUDIENCE.STATEMENT_ID, STATEMENT_AUDIENCE.ACTOR_ID).from(STATEMENT_AUDIENCE)
                .where(STATEMENT_AUDIENCE.STATEMENT_ID.in(statementKeys)).orderBy(STATEMENT_AUDIENCE.ACTOR_ID)
                .fetchGroups(STATEMENT_AUDIENCE.STATEMENT_ID, STATEMENT_AUDIENCE.ACTOR_ID);
    }

    List<SubjectRef> subjectsOf(Collection<Long> statementKeys) {
        return dsl.select(STATEMENT_SUBJECT.STATEMENT_ID, STATEMENT_SUBJECT.ACTOR_ID, STATEMENT_SUBJECT.COUNTRY_CODE, STATEMENT_SUBJECT.ACTION_ID).from(STATEMENT_SUBJECT)
                .where(STATEMENT_SUBJECT.STATEMENT_ID.in(statementKeys)).orderBy(STATEMENT_SUBJECT.STATEMENT_ID, STATEMENT_SUBJECT.ORDINAL)
                .fetch(row -> new SubjectRef(row.get(STATEMENT_SUBJECT.STATEMENT_ID), row.get(STATEMENT_SUBJECT.ACTOR_ID),
                        row.get(STATEMENT_SUBJECT.COUNTRY_CODE), row.get(STATEMENT_SUBJECT.ACTION_ID)));
    }

    /** Statements citing each of the sentences. */
    public Map<Long, List<Statement>> citing(Collection<Long> sentenceKeys) {
        return dsl.select(FIELDS).from(STATEMENT).where(STATEMENT.SENTENCE_ID.in(sentenceKeys)).and(PROVENANCE.live()).orderBy(STATEMENT.ID)
                .fetch(StatementRepository::toStatement).stream()
                .collect(Collectors.groupingBy(Statement::sentenceKey));
    }

    private <S> KeysetPager.Query<S, Statement> scoped(List<S> scopes, Function<S, Condition> scope) {
        return new KeysetPager.Query<>(STATEMENT, FIELDS, PROVENANCE.live(), scopes, scope, BY_DATE,
                StatementRepository::toStatement);
    }

    static final FactTable FACTS = new FactTable(FactType.STATEMENT, STATEMENT, STATEMENT.ID, PROVENANCE);

    static Map<Field<?>, Object> columns(long speaker, StatementMode mode, String content, ReportedDate said,
                                         long sentence) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(STATEMENT.SPEAKER_ID, speaker);
        values.put(STATEMENT.MODE, mode.name());
        values.put(STATEMENT.CONTENT, content);
        values.putAll(SAID.values(said));
        values.put(STATEMENT.SENTENCE_ID, sentence);
        return values;
    }

    long insert(long sourceKey, Map<Field<?>, Object> columns, Change change) {
        return dsl.insertInto(STATEMENT).set(columns).set(STATEMENT.SOURCE_ID, sourceKey)
                .set(PROVENANCE.createdAt(), change.at()).set(PROVENANCE.createdBy(), change.by())
                .returningResult(STATEMENT.ID).fetchOne().value1();
    }

    void replaceAudience(long statementKey, List<Long> actorKeys) {
        dsl.deleteFrom(STATEMENT_AUDIENCE).where(STATEMENT_AUDIENCE.STATEMENT_ID.eq(statementKey)).execute();
        for (long actor : new LinkedHashSet<>(actorKeys)) {
            dsl.insertInto(STATEMENT_AUDIENCE).set(STATEMENT_AUDIENCE.STATEMENT_ID, statementKey).set(STATEMENT_AUDIENCE.ACTOR_ID, actor).execute();
        }
    }

    void replaceSubjects(long statementKey, List<References.Ref> subjects) {
        dsl.deleteFrom(STATEMENT_SUBJECT).where(STATEMENT_SUBJECT.STATEMENT_ID.eq(statementKey)).execute();
        for (int i = 0; i < subjects.size(); i++) {
            References.Ref subject = subjects.get(i);
            dsl.insertInto(STATEMENT_SUBJECT).set(STATEMENT_SUBJECT.STATEMENT_ID, statementKey).set(STATEMENT_SUBJECT.ORDINAL, i + 1)
                    .set(STATEMENT_SUBJECT.ACTOR_ID, subject.actorKey())
                    .set(STATEMENT_SUBJECT.COUNTRY_CODE, subject.actorKey() == null ? subject.countryCode() : null)
                    .set(STATEMENT_SUBJECT.ACTION_ID, subject.actionKey()).execute();
        }
    }

    /** The countries and actors a statement involves: speaker, audience, subjects, and their countries. */
    Involvement involvement(long statementKey) {
        Set<Long> actors = new HashSet<>();
        actors.addAll(dsl.select(STATEMENT.SPEAKER_ID).from(STATEMENT).where(STATEMENT.ID.eq(statementKey)).fetch(STATEMENT.SPEAKER_ID));
        actors.addAll(dsl.select(STATEMENT_AUDIENCE.ACTOR_ID).from(STATEMENT_AUDIENCE).where(STATEMENT_AUDIENCE.STATEMENT_ID.eq(statementKey))
                .fetch(STATEMENT_AUDIENCE.ACTOR_ID));
        actors.addAll(dsl.select(STATEMENT_SUBJECT.ACTOR_ID).from(STATEMENT_SUBJECT).where(STATEMENT_SUBJECT.STATEMENT_ID.eq(statementKey))
                .and(STATEMENT_SUBJECT.ACTOR_ID.isNotNull()).fetch(STATEMENT_SUBJECT.ACTOR_ID));
        Set<String> countries = new HashSet<>(dsl.select(STATEMENT_SUBJECT.COUNTRY_CODE).from(STATEMENT_SUBJECT)
                .where(STATEMENT_SUBJECT.STATEMENT_ID.eq(statementKey)).and(STATEMENT_SUBJECT.COUNTRY_CODE.isNotNull()).fetch(STATEMENT_SUBJECT.COUNTRY_CODE));
        countries.addAll(dsl.select(ACTOR.COUNTRY_CODE).from(ACTOR).where(ACTOR.ID.in(actors)).and(ACTOR.COUNTRY_CODE.isNotNull())
                .fetch(ACTOR.COUNTRY_CODE));
        return new Involvement(countries, actors);
    }

    static Statement toStatement(Record row) {
        return new Statement(row.get(STATEMENT.ID), row.get(STATEMENT.SOURCE_ID), row.get(STATEMENT.SENTENCE_ID), row.get(STATEMENT.SPEAKER_ID),
                StatementMode.valueOf(row.get(STATEMENT.MODE)), row.get(STATEMENT.CONTENT), SAID.read(row), PROVENANCE.read(row));
    }
}
