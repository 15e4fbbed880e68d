package org.diplograph.actor;

import org.diplograph.graphql.GlobalId;
import org.diplograph.graphql.Identified;
import org.diplograph.graphql.NodeType;

/**
 * Someone who acts, speaks or is acted upon. {@code name} is null for actors a source counts without naming.
 *
 * @param countryCode the country the sources tie the actor to, or null
 */
public record Actor(long key, String slug, String name, String description, ActorKind kind, String countryCode,
                    Integer memberCount, long firstSentenceKey) implements Identified {

    @Override
    public String id() {
        return GlobalId.encode(NodeType.ACTOR, key);
    }

    public boolean isNamed() {
        return name != null;
    }
}
