package org.diplograph.relation;

import java.util.List;

import org.diplograph.country.Country;

/** Two countries, in the order the client named them. */
public record BilateralRelation(Country first, Country second) {

    public List<Country> countries() {
        return List.of(first, second);
    }
}
