package org.diplograph.fact.write;

import java.util.Optional;

/**
 * Resolves ISO 3166-1 country codes, for reference checks: registered by the feature that keeps the countries, so the
 * kernel checks a country reference without depending on it.
 */
public interface CountryCodes {

    /**
     * The alpha-2 code of the country with this alpha-2 or alpha-3 code, if there is one.
     *
     * @throws org.diplograph.graphql.InvalidInputException when the code is not two or three letters
     */
    Optional<String> alpha2(String code, String argument);
}
