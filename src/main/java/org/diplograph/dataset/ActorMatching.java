package org.diplograph.dataset;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.diplograph.action.ImportedActions.Party;
import org.diplograph.actor.ActorIdentifier;
import org.diplograph.actor.ImportedActors;
import org.diplograph.fact.Change;

/**
 * The actors of one import, one per identity: found by identifier, else matched by name to an actor the sources
 * already name, else created. What a chunk finds or creates is remembered for the next chunks only once the chunk has
 * committed, so a rolled-back chunk leaves no id behind.
 */
final class ActorMatching {

    private final ImportedActors actors;
    private final Map<ActorIdentifier, ImportedActors.Known> known = new HashMap<>();
    private final Map<ActorIdentifier, ImportedActors.Known> pending = new HashMap<>();

    ActorMatching(ImportedActors actors) {
        this.actors = actors;
    }

    /** Resolves the sides of a chunk's rows, in its transaction. */
    void resolve(List<EventRow> rows, Change change) {
        Set<ActorIdentifier> missing = new LinkedHashSet<>();
        for (EventRow row : rows) {
            for (PartyRef party : new PartyRef[] {row.actor(), row.recipient()}) {
                if (party != null && !party.isCountry() && lookup(party.identifier()) == null) {
                    missing.add(party.identifier());
                }
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        pending.putAll(actors.find(missing));
        for (EventRow row : rows) {
            for (PartyRef party : new PartyRef[] {row.actor(), row.recipient()}) {
                if (party != null && !party.isCountry() && lookup(party.identifier()) == null) {
                    pending.put(party.identifier(), matchOrCreate(party, change));
                }
            }
        }
    }

    private ImportedActors.Known matchOrCreate(PartyRef party, Change change) {
        Long matched = party.matchName() == null ? null : actors.matchByName(party.matchName(), party.countryCode());
        if (matched != null) {
            actors.link(party.identifier(), matched);
            return new ImportedActors.Known(matched, party.countryCode());
        }
        return new ImportedActors.Known(actors.create(party.whenNew(), change), party.countryCode());
    }

    /** The action party a side stands for; call after {@link #resolve}. */
    Party party(PartyRef party) {
        if (party.isCountry()) {
            return new Party(null, party.countryCode());
        }
        ImportedActors.Known actor = lookup(party.identifier());
        return new Party(actor.key(), actor.countryCode());
    }

    void committed() {
        known.putAll(pending);
        pending.clear();
    }

    void rolledBack() {
        pending.clear();
    }

    private ImportedActors.Known lookup(ActorIdentifier identifier) {
        ImportedActors.Known found = pending.get(identifier);
        return found != null ? found : known.get(identifier);
    }
}
