package org.diplograph.action;

/** One party of an action: an actor, or (when {@code actorKey} is null) a country standing for an unnamed actor. */
public record PartyRef(long actionKey, PartyRole role, Long actorKey, String countryCode) {
}
