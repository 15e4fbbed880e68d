package org.diplograph.action;

/**
 * One party of an action: an actor; a country standing for an unnamed actor ({@code actorKey} null); or, for an
 * imported event, an unidentified party of a CAMEO role ({@code cameoRole}, neither actor nor country).
 *
 * @param nameInSource the name an imported event gives the party, or null
 */
public record PartyRow(long actionKey, PartyRole role, Long actorKey, String countryCode, String nameInSource,
                       String cameoRole) {
}
