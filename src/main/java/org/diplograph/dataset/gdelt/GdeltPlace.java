package org.diplograph.dataset.gdelt;

/**
 * A place as GDELT 2.0 geocodes it.
 *
 * @param type            1 country, 2 US state, 3 US city, 4 world city, 5 world state (ADM1)
 * @param fipsCountryCode the country's FIPS 10-4 code (Chile {@code CI}, Bolivia {@code BL}), not ISO
 * @param latitude        null when the file gives none
 */
public record GdeltPlace(int type, String fullName, String fipsCountryCode, String adm1Code, String adm2Code,
                         Double latitude, Double longitude, String featureId) {
}
