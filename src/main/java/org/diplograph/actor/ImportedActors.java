package org.diplograph.actor;

import static org.diplograph.actor.ActorRepository.PROVENANCE;
import static org.diplograph.sql.schema.Tables.ACTOR;
import static org.diplograph.sql.schema.Tables.ACTOR_IDENTIFIER;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.diplograph.fact.Change;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * Actors as the event data sets name them: found by their identifiers (migration V16), matched to the actors the
 * sources already name, or created, one per identity.
 */
@Repository
public class ImportedActors {

    /**
     * An actor a data set names and Diplograph does not know yet.
     *
     * @param identifier the identity every row naming it shares
     * @param name       the name the data set gives, or null
     * @param sectors    the data set's sectors, possibly empty
     */
    public record NewActor(ActorIdentifier identifier, ActorKind kind, String name, String description,
                           String countryCode, List<String> sectors) {
    }

    /** An actor found for an identifier, with its country, which its parties carry. */
    public record KnownActor(long key, String countryCode) {
    }

    private final DSLContext dsl;

    ImportedActors(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The actors these identifiers name, by identifier; unknown ones are left out. */
    public Map<ActorIdentifier, KnownActor> find(Collection<ActorIdentifier> identifiers) {
        Map<ActorIdentifier, KnownActor> found = new HashMap<>();
        Map<ActorIdentifierScheme, List<String>> byScheme = new LinkedHashMap<>();
        identifiers.forEach(id -> byScheme.computeIfAbsent(id.scheme(), scheme -> new ArrayList<>()).add(id.value()));
        byScheme.forEach((scheme, values) -> dsl.select(ACTOR_IDENTIFIER.EXTERNAL_ID, ACTOR_IDENTIFIER.ACTOR_ID, ACTOR.COUNTRY_CODE)
                .from(ACTOR_IDENTIFIER).join(ACTOR).on(ACTOR.ID.eq(ACTOR_IDENTIFIER.ACTOR_ID))
                .where(ACTOR_IDENTIFIER.SCHEME.eq(scheme.name())).and(ACTOR_IDENTIFIER.EXTERNAL_ID.in(values))
                .forEach(row -> found.put(new ActorIdentifier(scheme, row.value1()),
                        new KnownActor(row.value2(), row.value3()))));
        return found;
    }

    /**
     * An actor the sources already name with this name (letters and digits, any case, with or without accents) in
     * this country, when exactly one does: the actor a data set's name means.
     */
    public Long matchByName(String name, String countryCode) {
        String sortName = ActorRepository.sortName(name, name);
        var matches = dsl.select(ACTOR.ID).from(ACTOR)
                .where(ACTOR.SORT_NAME.in(sortName, ActorIdentifier.withoutAccents(sortName)))
                .and(countryCode == null ? ACTOR.COUNTRY_CODE.isNull() : ACTOR.COUNTRY_CODE.eq(countryCode))
                .and(PROVENANCE.live()).limit(2).fetch(ACTOR.ID);
        return matches.size() == 1 ? matches.get(0) : null;
    }

    /**
     * The live persons the sources name, by {@link #personKey}: those whose name and country no other person shares,
     * so that a data set's name means one of them or none.
     */
    public Map<String, Long> personsByName() {
        Map<String, Long> persons = new HashMap<>();
        Set<String> shared = new HashSet<>();
        dsl.select(ACTOR.ID, ACTOR.NAME, ACTOR.COUNTRY_CODE).from(ACTOR).where(ACTOR.KIND.eq(ActorKind.PERSON.name())).and(ACTOR.NAME.isNotNull())
                .and(PROVENANCE.live()).forEach(row -> {
                    String key = personKey(row.value2(), row.value3());
                    if (persons.putIfAbsent(key, row.value1()) != null) {
                        shared.add(key);
                    }
                });
        shared.forEach(persons::remove);
        return persons;
    }

    /** A name's letters and digits without accents, any case, with its country: "PEDRO CASTILLO" is Pedro Castillo. */
    public static String personKey(String name, String countryCode) {
        return ActorIdentifier.withoutAccents(ActorRepository.sortName(name, name)) + "|"
                + (countryCode == null ? "" : countryCode);
    }

    /** Ties an identifier to an actor, so that later rows find it directly. */
    public void link(ActorIdentifier identifier, long actorKey) {
        dsl.insertInto(ACTOR_IDENTIFIER).set(ACTOR_IDENTIFIER.SCHEME, identifier.scheme().name())
                .set(ACTOR_IDENTIFIER.EXTERNAL_ID, identifier.value()).set(ACTOR_IDENTIFIER.ACTOR_ID, actorKey).execute();
    }

    /** Creates the actor with its identifier, in the caller's transaction; returns its row id. */
    public long create(NewActor actor, Change change) {
        long key = dsl.insertInto(ACTOR)
                .set(ACTOR.SLUG, slug(actor.identifier())).set(ACTOR.KIND, actor.kind().name()).set(ACTOR.NAME, actor.name())
                .set(ACTOR.DESCRIPTION, actor.description())
                .set(ACTOR.SORT_NAME, ActorRepository.sortName(actor.name(), actor.description()))
                .set(ACTOR.COUNTRY_CODE, actor.countryCode())
                .set(ACTOR.SECTORS, actor.sectors().isEmpty() ? null : String.join(",", actor.sectors()))
                .set(PROVENANCE.createdAt(), change.at()).set(PROVENANCE.createdBy(), change.by())
                .returningResult(ACTOR.ID).fetchOne().value1();
        link(actor.identifier(), key);
        return key;
    }

    /** The identifiers of these actors, by actor, in scheme and value order. */
    Map<Long, List<ActorIdentifier>> identifiersOf(Collection<Long> actorKeys) {
        Map<Long, List<ActorIdentifier>> found = new HashMap<>();
        dsl.select(ACTOR_IDENTIFIER.ACTOR_ID, ACTOR_IDENTIFIER.SCHEME, ACTOR_IDENTIFIER.EXTERNAL_ID).from(ACTOR_IDENTIFIER)
                .where(ACTOR_IDENTIFIER.ACTOR_ID.in(actorKeys)).orderBy(ACTOR_IDENTIFIER.SCHEME, ACTOR_IDENTIFIER.EXTERNAL_ID)
                .forEach(row -> found.computeIfAbsent(row.value1(), key -> new ArrayList<>())
                        .add(new ActorIdentifier(ActorIdentifierScheme.valueOf(row.value2()), row.value3())));
        return found;
    }

    /**
     * The scheme, then the identifier's ASCII letters and digits. CAMEO codes and Wikidata ids are made of those alone;
     * a name may not be, so its slug ends with a digest of the whole key to stay one per identity.
     */
    private static String slug(ActorIdentifier identifier) {
        String value = identifier.value().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        if (identifier.scheme() == ActorIdentifierScheme.NAME) {
            value = value.substring(0, Math.min(value.length(), 150)) + "-" + digest(identifier.value());
        }
        return identifier.scheme().name().toLowerCase(Locale.ROOT) + "-" + value;
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
