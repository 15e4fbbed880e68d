package org.diplograph.fact;

import java.util.Set;

/**
 * A committed change to a fact, as subscribers receive it.
 *
 * @param countries the countries the fact involves, for subscription filters
 * @param actors    the actors (row ids) the fact involves, for subscription filters
 */
public record FactChange(Operation operation, Fact fact, Change change, Set<String> countries, Set<Long> actors) {
}
