package org.diplograph.dataset.gdelt;

import java.util.List;

/**
 * One side of a GDELT 2.0 event, as coded: a CAMEO actor code such as {@code MEXGOV} (Mexico's government), the
 * name GDELT extracted, and the actor's CAMEO / ISO alpha-3 country code.
 *
 * @param typeCodes role codes such as GOV, MIL, OPP, JUD, COP, in the file's order (up to three)
 * @param geo       where GDELT places the actor, or null
 */
public record GdeltActor(String code, String name, String countryCode, String knownGroupCode, String ethnicCode,
                         List<String> religionCodes, List<String> typeCodes, GdeltPlace geo) {
}
