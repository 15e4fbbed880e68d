package org.diplograph.dataset;

import org.diplograph.actor.ActorIdentifier;
import org.diplograph.actor.ImportedActors.NewActor;

/**
 * One side of an imported event, before it is matched: an actor by its identity (with what to create when no actor
 * has it yet), a country the data set names by itself, or an unidentified party of a CAMEO role alone.
 *
 * @param matchName    a name under which an actor the sources already name may be meant, or null
 * @param nameInSource the name the event gives this side, kept on the action's party, or null
 * @param cameoRole    the role code of an unidentified party, else null
 * @param personName   a name that is the person's, when an actor the sources know as a person in the party's
 *                     country has it (GDELT names "PEDRO CASTILLO" under PERGOV), or null
 */
record EventSide(ActorIdentifier identifier, NewActor whenNew, String countryCode, String matchName,
                String nameInSource, String cameoRole, String personName) {

    static EventSide country(String countryCode, String nameInSource) {
        return new EventSide(null, null, countryCode, null, nameInSource, null, null);
    }

    static EventSide actor(NewActor actor, String matchName, String nameInSource) {
        return new EventSide(actor.identifier(), actor, actor.countryCode(), matchName, nameInSource, null, null);
    }

    static EventSide unidentified(String cameoRole, String nameInSource) {
        return new EventSide(null, null, null, null, nameInSource, cameoRole, null);
    }

    /** The same side, standing for the person of this name where the sources know one. */
    EventSide orPersonNamed(String name) {
        return new EventSide(identifier, whenNew, countryCode, matchName, nameInSource, cameoRole, name);
    }

    /** Whether the side names an actor (by identity), rather than a country or nobody. */
    boolean isActor() {
        return identifier != null;
    }
}
