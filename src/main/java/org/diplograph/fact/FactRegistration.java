package org.diplograph.fact;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * How the generic write machinery (retraction, revision history) handles one type of fact; each feature registers one
 * bean per fact type it owns.
 *
 * @param table        where the facts are stored
 * @param load         the fact by row id, retracted or not
 * @param afterRetract what else changes when one is retracted (in the same transaction)
 * @param involvement  the countries and actors it involves, for subscription filters
 */
public record FactRegistration(FactTable table, Function<Long, Fact> load, Consumer<Long> afterRetract,
                               Function<Fact, Involvement> involvement) {
}
