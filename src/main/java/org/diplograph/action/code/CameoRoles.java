package org.diplograph.action.code;

import java.util.Map;
import java.util.Set;

/**
 * CAMEO's actor type codes as GDELT's lookup of them ({@code CAMEO.type.txt}) lists them: government and security
 * roles, sectors, and international or non-state kinds. Four name one organisation (AMN, IRC, GRP, UNO); the others
 * name a role that many actors play, so a code made of them alone, with no country, identifies nobody.
 */
public final class CameoRoles {

    private static final Map<String, String> IN_WORDS = Map.ofEntries(
            Map.entry("COP", "police"), Map.entry("GOV", "government"), Map.entry("INS", "insurgents"),
            Map.entry("JUD", "judiciary"), Map.entry("MIL", "military"), Map.entry("OPP", "political opposition"),
            Map.entry("REB", "rebels"), Map.entry("SEP", "separatists"), Map.entry("SPY", "intelligence"),
            Map.entry("UAF", "unaligned armed forces"), Map.entry("AGR", "agriculture"), Map.entry("BUS", "business"),
            Map.entry("CRM", "criminals"), Map.entry("CVL", "civilians"), Map.entry("DEV", "development"),
            Map.entry("EDU", "education"), Map.entry("ELI", "elites"), Map.entry("ENV", "environmental"),
            Map.entry("HLH", "health"), Map.entry("HRI", "human rights"), Map.entry("LAB", "labour"),
            Map.entry("LEG", "legislature"), Map.entry("MED", "media"), Map.entry("REF", "refugees"),
            Map.entry("MOD", "moderate"), Map.entry("RAD", "radical"), Map.entry("AMN", "Amnesty International"),
            Map.entry("IRC", "Red Cross"), Map.entry("GRP", "Greenpeace"), Map.entry("UNO", "United Nations"),
            Map.entry("PKO", "peacekeepers"), Map.entry("UIS", "unidentified state actor"),
            Map.entry("IGO", "intergovernmental organisation"), Map.entry("IMG", "international militarised group"),
            Map.entry("INT", "international or transnational actor"), Map.entry("MNC", "multinational corporation"),
            Map.entry("NGM", "non-governmental movement"), Map.entry("NGO", "non-governmental organisation"),
            Map.entry("SET", "settlers"));

    private static final Set<String> ORGANISATIONS = Set.of("AMN", "IRC", "GRP", "UNO");

    private CameoRoles() {
    }

    /** Whether a three-letter block is a CAMEO type code rather than a country or region. */
    public static boolean isType(String block) {
        return IN_WORDS.containsKey(block);
    }

    /** Whether a type code names a role many actors play, not one organisation. */
    public static boolean isRole(String block) {
        return isType(block) && !ORGANISATIONS.contains(block);
    }

    /** The type codes in words, joined by commas; an unknown block as written. */
    public static String inWords(String code) {
        StringBuilder words = new StringBuilder();
        for (int start = 0; start + 3 <= code.length(); start += 3) {
            String block = code.substring(start, start + 3);
            words.append(words.isEmpty() ? "" : ", ").append(IN_WORDS.getOrDefault(block, block));
        }
        return words.isEmpty() ? code : words.toString();
    }
}
