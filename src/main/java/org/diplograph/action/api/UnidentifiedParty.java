package org.diplograph.action.api;

/**
 * A party an imported event codes by a CAMEO role alone ({@code CRM}, {@code GOV} of no country): nobody in
 * particular, so no actor that other events would share.
 *
 * @param code the CAMEO role code
 * @param kind the role in words
 * @param name the name the event gives the party ("KIDNAPPER"), or null
 */
public record UnidentifiedParty(String code, String kind, String name) {
}
