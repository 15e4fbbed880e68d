package org.diplograph.dataset;

import org.diplograph.actor.ActorIdentifier;
import org.diplograph.actor.ImportedActors.NewActor;

/**
 * One side of an imported event, before it is matched: an actor by its identity (with what to create when no actor
 * has it yet), or a country the data set names by itself.
 *
 * @param matchName a name under which an actor the sources already name may be meant, or null
 */
record PartyRef(ActorIdentifier identifier, NewActor whenNew, String countryCode, String matchName) {

    static PartyRef country(String countryCode) {
        return new PartyRef(null, null, countryCode, null);
    }

    static PartyRef actor(NewActor actor, String matchName) {
        return new PartyRef(actor.identifier(), actor, actor.countryCode(), matchName);
    }

    boolean isCountry() {
        return identifier == null;
    }
}
