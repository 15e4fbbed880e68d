package org.diplograph.fact;

import java.util.Set;

/**
 * A committed change to a fact, as subscribers receive it.
 *
 * @param revision    the audit trail's id of the write, by which a subscriber resumes where it left off
 * @param involvement the countries and actors (row ids) the fact involves, for subscription filters
 */
public record FactChange(long revision, Operation operation, Fact fact, Change change, Involvement involvement) {

    public Set<String> countries() {
        return involvement.countries();
    }

    public Set<Long> actors() {
        return involvement.actors();
    }
}
