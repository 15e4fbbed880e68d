package org.diplograph.dataset.gdelt;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.diplograph.action.code.CameoRoles;

/**
 * A CAMEO actor code read into its parts, as GDELT and ICEWS build them from three-letter blocks: a country (or
 * region) first, then roles — {@code MEXGOV} is Mexico's government, {@code PERGOVJUD} Peru's judiciary,
 * {@code GOV} a government of no stated country. Matching an imported actor to a known one starts from these parts.
 *
 * @param country the leading three-letter country or region code, or null when the code starts with a role
 * @param roles   the type blocks in order (GOV, MIL, OPP, JUD, COP, ...), each three letters
 */
public record CameoActorCode(String code, String country, List<String> roles) {

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
        String country = CameoRoles.isType(blocks.get(0)) ? null : blocks.remove(0);
        return Optional.of(new CameoActorCode(upper, country, List.copyOf(blocks)));
    }
}
