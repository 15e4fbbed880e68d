package org.diplograph.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A CAMEO actor code read into its parts, as GDELT and ICEWS build them from three-letter blocks: a country (or
 * region) first, then roles — {@code MEXGOV} is Mexico's government, {@code PERGOVJUD} Peru's judiciary,
 * {@code GOV} a government of no stated country. Matching an imported actor to a known one starts from these parts.
 *
 * @param country the leading three-letter country or region code, or null when the code starts with a role
 * @param roles   the type blocks in order (GOV, MIL, OPP, JUD, COP, ...), each three letters
 */
public record CameoActorCode(String code, String country, List<String> roles) {

    /**
     * CAMEO's actor type codes as GDELT's lookup of them ({@code CAMEO.type.txt}) lists them: government and
     * security roles, sectors, and international or non-state kinds. A block that is one of these is a type, not a
     * country; a code that starts with one ({@code IGOUNO}) names no country.
     */
    static final Set<String> TYPE_CODES = Set.of("COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP", "SPY", "UAF",
            "AGR", "BUS", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "REF", "MOD",
            "RAD", "AMN", "IRC", "GRP", "UNO", "PKO", "UIS", "IGO", "IMG", "INT", "MNC", "NGM", "NGO", "SET");

    /** The parts of a code, or empty when it is not made of three-letter blocks. */
    public static Optional<CameoActorCode> read(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String upper = code.strip().toUpperCase(Locale.ROOT);
        if (upper.isEmpty() || upper.length() % 3 != 0 || !upper.matches("[A-Z0-9]+")) {
            return Optional.empty();
        }
        List<String> blocks = new ArrayList<>();
        for (int start = 0; start < upper.length(); start += 3) {
            blocks.add(upper.substring(start, start + 3));
        }
        String country = TYPE_CODES.contains(blocks.get(0)) ? null : blocks.remove(0);
        return Optional.of(new CameoActorCode(upper, country, List.copyOf(blocks)));
    }
}
