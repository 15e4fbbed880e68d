package org.diplograph.actor;

import java.util.List;

/** A client's filter on actors, as the GraphQL input {@code ActorFilter} binds it. */
public record ActorFilter(List<ActorKind> kinds, List<String> countries, String name, Boolean isNamed,
                          List<ActorFilter> and, List<ActorFilter> or) {
}
