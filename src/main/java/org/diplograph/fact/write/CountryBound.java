package org.diplograph.fact.write;

/** A node tied to a country (an actor to the country the sources tie it to), as a party reference records it. */
public interface CountryBound {

    /** The alpha-2 code of the country, or null. */
    String countryCode();
}
