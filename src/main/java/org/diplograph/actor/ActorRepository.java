package org.diplograph.actor;


import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.diplograph.date.ReportedDate;
import org.diplograph.fact.Change;
import org.diplograph.fact.FactTable;
import org.diplograph.fact.FactType;
import org.diplograph.fact.ProvenanceColumns;
import org.diplograph.graphql.Connection;
import org.diplograph.graphql.PageRequest;
import org.diplograph.sql.DateColumns;
import org.diplograph.sql.KeysetPager;
import org.diplograph.sql.Ordering;
import org.diplograph.sql.schema.Tables;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

/** Reads actors, their aliases, roles and ties. */
@Repository
public class ActorRepository {

    static final org.diplograph.sql.schema.tables.Actor ACTOR = Tables.ACTOR;
    static final Field<Long> ID = ACTOR.ID;
    static final Field<String> SLUG = ACTOR.SLUG;
    static final Field<String> KIND = ACTOR.KIND;
    static final Field<String> NAME = ACTOR.NAME;
    static final Field<String> DESCRIPTION = ACTOR.DESCRIPTION;
    static final Field<String> SORT_NAME = ACTOR.SORT_NAME;
    static final Field<String> COUNTRY = ACTOR.COUNTRY_CODE;
    static final Field<Integer> MEMBER_COUNT = ACTOR.MEMBER_COUNT;
    static final Field<Long> FIRST_SENTENCE = ACTOR.FIRST_SENTENCE_ID;
    static final Field<String> SECTORS = ACTOR.SECTORS;
    static final ProvenanceColumns PROVENANCE = new ProvenanceColumns(ACTOR.VERSION, ACTOR.CREATED_AT, ACTOR.CREATED_BY,
            ACTOR.UPDATED_AT, ACTOR.UPDATED_BY, ACTOR.RETRACTED_AT, ACTOR.RETRACTED_BY, ACTOR.RETRACTION_REASON);

    static final org.diplograph.sql.schema.tables.ActorAlias ALIAS = Tables.ACTOR_ALIAS;
    static final Field<Long> ALIAS_ACTOR = ALIAS.ACTOR_ID;
    static final Field<String> ALIAS_TEXT = ALIAS.ALIAS;
    static final Field<Long> ALIAS_SENTENCE = ALIAS.SENTENCE_ID;

    static final org.diplograph.sql.schema.tables.ActorRole ROLE = Tables.ACTOR_ROLE;
    static final Field<Long> ROLE_ID = ROLE.ID;
    static final Field<Long> ROLE_ACTOR = ROLE.ACTOR_ID;
    static final Field<String> ROLE_TITLE = ROLE.TITLE;
    static final Field<Long> ROLE_ORGANIZATION = ROLE.ORGANIZATION_ID;
    static final Field<String> ROLE_COUNTRY = ROLE.COUNTRY_CODE;
    static final Field<String> ROLE_ACCREDITED_TO = ROLE.ACCREDITED_TO;
    static final DateColumns ROLE_STARTED = new DateColumns(ROLE.STARTED_ON, ROLE.STARTED_PRECISION, ROLE.STARTED_BASIS,
            ROLE.STARTED_WORDING, ROLE.STARTED_SENTENCE_ID);
    static final DateColumns ROLE_ENDED = new DateColumns(ROLE.ENDED_ON, ROLE.ENDED_PRECISION, ROLE.ENDED_BASIS,
            ROLE.ENDED_WORDING, ROLE.ENDED_SENTENCE_ID);
    static final Field<Long> ROLE_SENTENCE = ROLE.SENTENCE_ID;
    static final ProvenanceColumns ROLE_PROVENANCE = new ProvenanceColumns(ROLE.VERSION, ROLE.CREATED_AT, ROLE.CREATED_BY,
            ROLE.UPDATED_AT, ROLE.UPDATED_BY, ROLE.RETRACTED_AT, ROLE.RETRACTED_BY, ROLE.RETRACTION_REASON);

    static final org.diplograph.sql.schema.tables.ActorTie TIE = Tables.ACTOR_TIE;
    static final Field<Long> TIE_ID = TIE.ID;
    static final Field<Long> TIE_ACTOR = TIE.ACTOR_ID;
    static final Field<String> TIE_KIND = TIE.KIND;
    static final Field<Long> TIE_RELATED = TIE.RELATED_ACTOR_ID;
    static final Field<Long> TIE_SENTENCE = TIE.SENTENCE_ID;

    private static final List<Field<?>> FIELDS = PROVENANCE.after(
            List.of(ID, SLUG, KIND, NAME, DESCRIPTION, COUNTRY, MEMBER_COUNT, FIRST_SENTENCE, SECTORS));
    private static final List<Field<?>> ROLE_FIELDS = ROLE_PROVENANCE.after(
            List.of(ROLE_ID, ROLE_ACTOR, ROLE_TITLE, ROLE_ORGANIZATION, ROLE_COUNTRY, ROLE_ACCREDITED_TO, ROLE_SENTENCE),
            ROLE_STARTED.fields(), ROLE_ENDED.fields());
    private static final List<Field<?>> TIE_FIELDS = List.of(TIE_ID, TIE_ACTOR, TIE_KIND, TIE_RELATED, TIE_SENTENCE);

    private static final Ordering BY_NAME = Ordering.of("actor.name", false, SORT_NAME, ID);
    private static final Ordering BY_NAME_DESCENDING = Ordering.of("actor.name", true, SORT_NAME, ID);

    private final DSLContext dsl;
    private final KeysetPager pager;

    public ActorRepository(DSLContext dsl, KeysetPager pager) {
        this.dsl = dsl;
        this.pager = pager;
    }

    public Map<Long, Actor> findActors(Collection<Long> keys) {
        return dsl.select(FIELDS).from(ACTOR).where(ID.in(keys)).fetch(ActorRepository::toActor).stream()
                .collect(Collectors.toMap(Actor::key, Function.identity()));
    }

    public Optional<Actor> findBySlug(String slug) {
        return dsl.select(FIELDS).from(ACTOR).where(SLUG.eq(slug)).fetchOptional(ActorRepository::toActor);
    }

    public Connection<Actor> actors(Condition filter, boolean includeRetracted, ActorOrder order, PageRequest page,
                                    boolean withTotal) {
        Ordering ordering = order != null && order.descending() ? BY_NAME_DESCENDING : BY_NAME;
        return pager.page(KeysetPager.Query.root(ACTOR, FIELDS, filter.and(PROVENANCE.liveUnless(includeRetracted)),
                ordering, ActorRepository::toActor), page, withTotal);
    }

    /** The actors of several countries, by name, for paging them all at once. */
    public KeysetPager.Query<String, Actor> actorsOfCountries(List<String> countryCodes) {
        return KeysetPager.Query.scopedBy(COUNTRY, ACTOR, FIELDS, PROVENANCE.live(), countryCodes, BY_NAME,
                ActorRepository::toActor).readingIndexOnH2("actor_country");
    }

    public Map<Long, List<ActorAlias>> aliasesOf(Collection<Long> actorKeys) {
        return dsl.select(ALIAS_ACTOR, ALIAS_TEXT, ALIAS_SENTENCE).from(ALIAS).where(ALIAS_ACTOR.in(actorKeys))
                .orderBy(ALIAS_SENTENCE, ALIAS_TEXT)
                .fetch(row -> new ActorAlias(row.get(ALIAS_ACTOR), row.get(ALIAS_TEXT), row.get(ALIAS_SENTENCE)))
                .stream().collect(Collectors.groupingBy(ActorAlias::actorKey));
    }

    public Map<Long, List<ActorRole>> rolesOf(Collection<Long> actorKeys) {
        return dsl.select(ROLE_FIELDS).from(ROLE).where(ROLE_ACTOR.in(actorKeys)).and(ROLE_PROVENANCE.live())
                .orderBy(ROLE_ID)
                .fetch(ActorRepository::toRole).stream().collect(Collectors.groupingBy(ActorRole::actorKey));
    }

    public Map<Long, ActorRole> findRoles(Collection<Long> keys) {
        return dsl.select(ROLE_FIELDS).from(ROLE).where(ROLE_ID.in(keys)).fetch(ActorRepository::toRole).stream()
                .collect(Collectors.toMap(ActorRole::key, Function.identity()));
    }

    /** Ties in which any of the actors takes part, on either side. */
    public List<ActorTie> tiesInvolving(Collection<Long> actorKeys) {
        return dsl.select(TIE_FIELDS).from(TIE).where(TIE_ACTOR.in(actorKeys).or(TIE_RELATED.in(actorKeys)))
                .orderBy(TIE_ID).fetch(ActorRepository::toTie);
    }

    public Map<Long, ActorTie> findTies(Collection<Long> keys) {
        return dsl.select(TIE_FIELDS).from(TIE).where(TIE_ID.in(keys)).fetch(ActorRepository::toTie).stream()
                .collect(Collectors.toMap(ActorTie::key, Function.identity()));
    }

    static final FactTable FACTS = new FactTable(FactType.ACTOR, ACTOR, ID, PROVENANCE);
    static final FactTable ROLE_FACTS = new FactTable(FactType.ACTOR_ROLE, ROLE, ROLE_ID, ROLE_PROVENANCE);

    public boolean slugTaken(String slug) {
        return dsl.fetchExists(ACTOR, SLUG.eq(slug));
    }

    /** Letters and digits of the name (or description), lower-cased: sorts identically under every collation. */
    static String sortName(String name, String description) {
        return (name != null ? name : description).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /**
     * Inserts an actor; returns its key, or null when another write took the slug since it was checked (the
     * transaction must then roll back).
     */
    Long insert(ActorInputs.RecordActorInput input, String country, long firstSentence, Change change) {
        try {
            return insertActor(input, country, firstSentence, change);
        } catch (DuplicateKeyException slugTaken) {
            return null;
        }
    }

    private long insertActor(ActorInputs.RecordActorInput input, String country, long firstSentence, Change change) {
        return dsl.insertInto(ACTOR)
                .set(SLUG, input.slug()).set(KIND, input.kind().name()).set(NAME, input.name())
                .set(DESCRIPTION, input.description()).set(SORT_NAME, sortName(input.name(), input.description()))
                .set(COUNTRY, country).set(MEMBER_COUNT, input.memberCount()).set(FIRST_SENTENCE, firstSentence)
                .set(PROVENANCE.createdAt(), change.at()).set(PROVENANCE.createdBy(), change.by())
                .returningResult(ID).fetchOne().value1();
    }

    void insertAlias(long actorKey, String text, long sentenceKey) {
        dsl.insertInto(ALIAS).set(ALIAS_ACTOR, actorKey).set(ALIAS_TEXT, text).set(ALIAS_SENTENCE, sentenceKey).execute();
    }

    long insertRole(long actorKey, String title, Long organization, String country, String accreditedTo,
                    ReportedDate started, ReportedDate ended,
                    long sentenceKey, Change change) {
        var insert = dsl.insertInto(ROLE)
                .set(ROLE_ACTOR, actorKey).set(ROLE_TITLE, title).set(ROLE_ORGANIZATION, organization)
                .set(ROLE_COUNTRY, country).set(ROLE_ACCREDITED_TO, accreditedTo).set(ROLE_SENTENCE, sentenceKey)
                .set(ROLE_PROVENANCE.createdAt(), change.at()).set(ROLE_PROVENANCE.createdBy(), change.by())
                .set(ROLE_STARTED.values(started))
                .set(ROLE_ENDED.values(ended));
        return insert.returningResult(ROLE_ID).fetchOne().value1();
    }

    private static Actor toActor(Record row) {
        return new Actor(row.get(ID), row.get(SLUG), row.get(NAME), row.get(DESCRIPTION),
                ActorKind.valueOf(row.get(KIND)), row.get(COUNTRY), row.get(MEMBER_COUNT), row.get(FIRST_SENTENCE),
                sectors(row.get(SECTORS)), PROVENANCE.read(row));
    }

    private static List<String> sectors(String stored) {
        return stored == null || stored.isEmpty() ? List.of() : List.of(stored.split(","));
    }

    private static ActorRole toRole(Record row) {
        return new ActorRole(row.get(ROLE_ID), row.get(ROLE_ACTOR), row.get(ROLE_TITLE), row.get(ROLE_ORGANIZATION),
                row.get(ROLE_COUNTRY), row.get(ROLE_ACCREDITED_TO), ROLE_STARTED.read(row), ROLE_ENDED.read(row),
                row.get(ROLE_SENTENCE), ROLE_PROVENANCE.read(row));
    }

    private static ActorTie toTie(Record row) {
        return new ActorTie(row.get(TIE_ID), TieKind.valueOf(row.get(TIE_KIND)), row.get(TIE_ACTOR),
                row.get(TIE_RELATED), row.get(TIE_SENTENCE));
    }
}
