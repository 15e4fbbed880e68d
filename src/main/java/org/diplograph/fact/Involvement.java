package org.diplograph.fact;

import java.util.Set;

/** The countries and actors a fact involves, by which subscribers filter the live feed. */
public record Involvement(Set<String> countries, Set<Long> actors) {

    public static final Involvement NONE = new Involvement(Set.of(), Set.of());
}
