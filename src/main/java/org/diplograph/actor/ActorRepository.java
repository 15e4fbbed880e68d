package org.diplograph.actor;

import static org.diplograph.sql.schema.Tables.ACTOR;
import static org.diplograph.sql.schema.Tables.ACTOR_ALIAS;
import static org.diplograph.sql.schema.Tables.ACTOR_ROLE;
import static org.diplograph.sql.schema.Tables.ACTOR_TIE;

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
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

/** Reads actors, their aliases, roles and ties. */
@Repository
public class ActorRepository {
    static final ProvenanceColumns PROVENANCE = ProvenanceColumns.of(ACTOR);
    static final DateColumns ROLE_STARTED = DateColumns.of(ACTOR_ROLE, "started");
    static final DateColumns ROLE_ENDED = DateColumns.of(ACTOR_ROLE, "ended");
    static final ProvenanceColumns ROLE_PROVENANCE = ProvenanceColumns.of(ACTOR_ROLE);

    private static final List<Field<?>> FIELDS = PROVENANCE.after(
            List.of(ACTOR.ID, ACTOR.SLUG, ACTOR.KIND, ACTOR.NAME, ACTOR.DESCRIPTION, ACTOR.COUNTRY_CODE, ACTOR.MEMBER_COUNT, ACTOR.FIRST_SENTENCE_ID, ACTOR.SECTORS));
    private static final List<Field<?>> ROLE_FIELDS = ROLE_PROVENANCE.after(
            List.of(ACTOR_ROLE.ID, ACTOR_ROLE.ACTOR_ID, ACTOR_ROLE.TITLE, ACTOR_ROLE.ORGANIZATION_ID, ACTOR_ROLE.COUNTRY_CODE, ACTOR_ROLE.ACCREDITED_TO, ACTOR_ROLE.SENTENCE_ID),
            ROLE_STARTED.fields(), ROLE_ENDED.fields());
    private static final List<Field<?>> TIE_FIELDS = List.of(ACTOR_TIE.ID, ACTOR_TIE.ACTOR_ID, ACTOR_TIE.KIND, ACTOR_TIE.RELATED_ACTOR_ID, ACTOR_TIE.SENTENCE_ID);

    private static final Ordering BY_NAME = Ordering.of("actor.name", false, ACTOR.SORT_NAME, ACTOR.ID);
    private static final Ordering BY_NAME_DESCENDING = Ordering.of("actor.name", true, ACTOR.SORT_NAME, ACTOR.ID);

    private final DSLContext dsl;
    private final KeysetPager pager;

    public ActorRepository(DSLContext dsl, KeysetPager pager) {
        this.dsl = dsl;
        this.pager = pager;
    }

    public Map<Long, Actor> findActors(Collection<Long> keys) {
        return dsl.select(FIELDS).from(ACTOR).where(ACTOR.ID.in(keys)).fetch(ActorRepository::toActor).stream()
                .collect(Collectors.toMap(Actor::key, Function.identity()));
    }

    public Optional<Actor> findBySlug(String slug) {
        return dsl.select(FIELDS).from(ACTOR).where(ACTOR.SLUG.eq(slug)).fetchOptional(ActorRepository::toActor);
    }

    public Connection<Actor> actors(Condition filter, boolean includeRetracted, ActorOrder order, PageRequest page,
                                    boolean withTotal) {
        Ordering ordering = order != null && order.descending() ? BY_NAME_DESCENDING : BY_NAME;
        return pager.page(KeysetPager.Query.root(ACTOR, FIELDS, filter.and(PROVENANCE.liveUnless(includeRetracted)),
                ordering, ActorRepository::toActor), page, withTotal);
    }

    /** The actors of several countries, by name, for paging them all at once. */
    public KeysetPager.Query<String, Actor> actorsOfCountries(List<String> countryCodes) {
        return KeysetPager.Query.scopedBy(ACTOR.COUNTRY_CODE, ACTOR, FIELDS, PROVENANCE.live(), countryCodes, BY_NAME,
                ActorRepository::toActor).readingIndexOnH2("actor_country");
    }

    public Map<Long, List<ActorAlias>> aliasesOf(Collection<Long> actorKeys) {
        return dsl.select(ACTOR_ALIAS.ACTOR_ID, ACTOR_ALIAS.ALIAS, ACTOR_ALIAS.SENTENCE_ID).from(ACTOR_ALIAS).where(ACTOR_ALIAS.ACTOR_ID.in(actorKeys))
                .orderBy(ACTOR_ALIAS.SENTENCE_ID, ACTOR_ALIAS.ALIAS)
                .fetch(row -> new ActorAlias(row.get(ACTOR_ALIAS.ACTOR_ID), row.get(ACTOR_ALIAS.ALIAS), row.get(ACTOR_ALIAS.SENTENCE_ID)))
                .stream().collect(Collectors.groupingBy(ActorAlias::actorKey));
    }

    public Map<Long, List<ActorRole>> rolesOf(Collection<Long> actorKeys) {
        return dsl.select(ROLE_FIELDS).from(ACTOR_ROLE).where(ACTOR_ROLE.ACTOR_ID.in(actorKeys)).and(ROLE_PROVENANCE.live())
                .orderBy(ACTOR_ROLE.ID)
                .fetch(ActorRepository::toRole).stream().collect(Collectors.groupingBy(ActorRole::actorKey));
    }

    public Map<Long, ActorRole> findRoles(Collection<Long> keys) {
        return dsl.select(ROLE_FIELDS).from(ACTOR_ROLE).where(ACTOR_ROLE.ID.in(keys)).fetch(ActorRepository::toRole).stream()
                .collect(Collectors.toMap(ActorRole::key, Function.identity()));
    }

    /** Ties in which any of the actors takes part, on either side. */
    public List<ActorTie> tiesInvolving(Collection<Long> actorKeys) {
        return dsl.select(TIE_FIELDS).from(ACTOR_TIE).where(ACTOR_TIE.ACTOR_ID.in(actorKeys).or(ACTOR_TIE.RELATED_ACTOR_ID.in(actorKeys)))
                .orderBy(ACTOR_TIE.ID).fetch(ActorRepository::toTie);
    }

    public Map<Long, ActorTie> findTies(Collection<Long> keys) {
        return dsl.select(TIE_FIELDS).from(ACTOR_TIE).where(ACTOR_TIE.ID.in(keys)).fetch(ActorRepository::toTie).stream()
                .collect(Collectors.toMap(ActorTie::key, Function.identity()));
    }

    static final FactTable FACTS = new FactTable(FactType.ACTOR, ACTOR, ACTOR.ID, PROVENANCE);
    static final FactTable ROLE_FACTS = new FactTable(FactType.ACTOR_ROLE, ACTOR_ROLE, ACTOR_ROLE.ID, ROLE_PROVENANCE);

    public boolean slugTaken(String slug) {
        return dsl.fetchExists(ACTOR, ACTOR.SLUG.eq(slug));
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
                .set(ACTOR.SLUG, input.slug()).set(ACTOR.KIND, input.kind().name()).set(ACTOR.NAME, input.name())
                .set(ACTOR.DESCRIPTION, input.description()).set(ACTOR.SORT_NAME, sortName(input.name(), input.description()))
                .set(ACTOR.COUNTRY_CODE, country).set(ACTOR.MEMBER_COUNT, input.memberCount()).set(ACTOR.FIRST_SENTENCE_ID, firstSentence)
                .set(PROVENANCE.createdAt(), change.at()).set(PROVENANCE.createdBy(), change.by())
                .returningResult(ACTOR.ID).fetchOne().value1();
    }

    void insertAlias(long actorKey, String text, long sentenceKey) {
        dsl.insertInto(ACTOR_ALIAS).set(ACTOR_ALIAS.ACTOR_ID, actorKey).set(ACTOR_ALIAS.ALIAS, text).set(ACTOR_ALIAS.SENTENCE_ID, sentenceKey).execute();
    }

    long insertRole(long actorKey, String title, Long organization, String country, String accreditedTo,
                    ReportedDate started, ReportedDate ended,
                    long sentenceKey, Change change) {
        var insert = dsl.insertInto(ACTOR_ROLE)
                .set(ACTOR_ROLE.ACTOR_ID, actorKey).set(ACTOR_ROLE.TITLE, title).set(ACTOR_ROLE.ORGANIZATION_ID, organization)
                .set(ACTOR_ROLE.COUNTRY_CODE, country).set(ACTOR_ROLE.ACCREDITED_TO, accreditedTo).set(ACTOR_ROLE.SENTENCE_ID, sentenceKey)
                .set(ROLE_PROVENANCE.createdAt(), change.at()).set(ROLE_PROVENANCE.createdBy(), change.by())
                .set(ROLE_STARTED.values(started))
                .set(ROLE_ENDED.values(ended));
        return insert.returningResult(ACTOR_ROLE.ID).fetchOne().value1();
    }

    private static Actor toActor(Record row) {
        return new Actor(row.get(ACTOR.ID), row.get(ACTOR.SLUG), row.get(ACTOR.NAME), row.get(ACTOR.DESCRIPTION),
                ActorKind.valueOf(row.get(ACTOR.KIND)), row.get(ACTOR.COUNTRY_CODE), row.get(ACTOR.MEMBER_COUNT), row.get(ACTOR.FIRST_SENTENCE_ID),
                sectors(row.get(ACTOR.SECTORS)), PROVENANCE.read(row));
    }

    private static List<String> sectors(String stored) {
        return stored == null || stored.isEmpty() ? List.of() : List.of(stored.split(","));
    }

    private static ActorRole toRole(Record row) {
        return new ActorRole(row.get(ACTOR_ROLE.ID), row.get(ACTOR_ROLE.ACTOR_ID), row.get(ACTOR_ROLE.TITLE), row.get(ACTOR_ROLE.ORGANIZATION_ID),
                row.get(ACTOR_ROLE.COUNTRY_CODE), row.get(ACTOR_ROLE.ACCREDITED_TO), ROLE_STARTED.read(row), ROLE_ENDED.read(row),
                row.get(ACTOR_ROLE.SENTENCE_ID), ROLE_PROVENANCE.read(row));
    }

    private static ActorTie toTie(Record row) {
        return new ActorTie(row.get(ACTOR_TIE.ID), TieKind.valueOf(row.get(ACTOR_TIE.KIND)), row.get(ACTOR_TIE.ACTOR_ID),
                row.get(ACTOR_TIE.RELATED_ACTOR_ID), row.get(ACTOR_TIE.SENTENCE_ID));
    }
}
