package org.diplograph.actor;

import java.util.List;
import java.util.Map;

import org.diplograph.fact.Fact;
import org.diplograph.fact.FactType;
import org.diplograph.fact.Provenance;
import org.diplograph.fact.Snapshot;
import org.diplograph.fact.write.CountryBound;
import org.diplograph.graphql.node.GlobalId;
import org.diplograph.graphql.node.NodeType;

/**
 * Someone who acts, speaks or is acted upon. {@code name} is null for actors a source counts without naming.
 *
 * @param countryCode      the country the sources tie the actor to, or null
 * @param firstSentenceKey where a source first mentions it; null for an actor first met in an event data set
 * @param sectors          the sectors an event data set files it under (ICEWS, POLECAT), empty when none
 */
public record Actor(long key, String slug, String name, String description, ActorKind kind, String countryCode,
                    Integer memberCount, Long firstSentenceKey, List<String> sectors, Provenance provenance) implements Fact, CountryBound {

    @Override
    public String id() {
        return GlobalId.encode(NodeType.ACTOR, key);
    }

    public boolean isNamed() {
        return name != null;
    }

    @Override
    public FactType factType() {
        return FactType.ACTOR;
    }

    @Override
    public Map<String, Object> snapshot() {
        return Snapshot.of("id", id(), "slug", slug, "kind", kind, "name", name, "description", description,
                "country", countryCode, "memberCount", memberCount,
                "firstMention", GlobalId.encodeOrNull(NodeType.SENTENCE, firstSentenceKey), "sectors", sectors);
    }
}
