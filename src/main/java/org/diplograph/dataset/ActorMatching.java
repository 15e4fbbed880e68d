package org.diplograph.dataset;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.diplograph.action.ImportedActions.ImportedParty;
import org.diplograph.actor.ActorIdentifier;
import org.diplograph.actor.ImportedActors;
import org.diplograph.fact.Change;

/**
 * The actors of one import, one per identity: found by identifier, else matched by name to an actor the sources
 * already name, else created. A side that may name a person is that person when the sources know exactly one of that
 * name in its country (the persons are read once, when the import starts). What a chunk finds or creates is
 * remembered for the next chunks only once the chunk has committed, so a rolled-back chunk leaves no id behind.
 */
final class ActorMatching {

    private final ImportedActors actors;
    private final Map<ActorIdentifier, ImportedActors.KnownActor> known = new HashMap<>();
    private final Map<ActorIdentifier, ImportedActors.KnownActor> pending = new HashMap<>();
    private Map<String, Long> persons;

    ActorMatching(ImportedActors actors) {
        this.actors = actors;
    }

    /** Resolves the sides of a chunk's rows, in its transaction. */
    void resolve(List<EventRow> rows, Change change) {
        Set<ActorIdentifier> missing = new LinkedHashSet<>();
        for (EventRow row : rows) {
            for (EventSide party : new EventSide[] {row.actor(), row.recipient()}) {
                if (needsActor(party)) {
                    missing.add(party.identifier());
                }
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        pending.putAll(actors.find(missing));
        for (EventRow row : rows) {
            for (EventSide party : new EventSide[] {row.actor(), row.recipient()}) {
                if (needsActor(party)) {
                    pending.put(party.identifier(), matchOrCreate(party, change));
                }
            }
        }
    }

    private boolean needsActor(EventSide party) {
        return party != null && party.isActor() && person(party) == null && lookup(party.identifier()) == null;
    }

    private Long person(EventSide party) {
        if (party.personName() == null) {
            return null;
        }
        if (persons == null) {
            persons = actors.personsByName();
        }
        return persons.get(ImportedActors.personKey(party.personName(), party.countryCode()));
    }

    private ImportedActors.KnownActor matchOrCreate(EventSide party, Change change) {
        Long matched = party.matchName() == null ? null : actors.matchByName(party.matchName(), party.countryCode());
        if (matched != null) {
            actors.link(party.identifier(), matched);
            return new ImportedActors.KnownActor(matched, party.countryCode());
        }
        return new ImportedActors.KnownActor(actors.create(party.whenNew(), change), party.countryCode());
    }

    /** The action party a side stands for; call after {@link #resolve}. */
    ImportedParty party(EventSide party) {
        if (!party.isActor()) {
            return new ImportedParty(null, party.countryCode(), party.nameInSource(), party.cameoRole());
        }
        Long person = person(party);
        if (person != null) {
            return new ImportedParty(person, party.countryCode(), party.nameInSource(), null);
        }
        ImportedActors.KnownActor actor = lookup(party.identifier());
        return new ImportedParty(actor.key(), actor.countryCode(), party.nameInSource(), null);
    }

    void committed() {
        known.putAll(pending);
        pending.clear();
    }

    void rolledBack() {
        pending.clear();
    }

    private ImportedActors.KnownActor lookup(ActorIdentifier identifier) {
        ImportedActors.KnownActor found = pending.get(identifier);
        return found != null ? found : known.get(identifier);
    }
}
