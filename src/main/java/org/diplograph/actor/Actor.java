package org.diplograph.actor;

import java.util.LinkedHashMap;
import java.util.Map;

import org.diplograph.fact.CountryBound;
import org.diplograph.fact.Fact;
import org.diplograph.fact.FactType;
import org.diplograph.fact.Provenance;
import org.diplograph.graphql.GlobalId;
import org.diplograph.graphql.NodeType;

/**
 * Someone who acts, speaks or is acted upon. {@code name} is null for actors a source counts without naming.
 *
 * @param countryCode the country the sources tie the actor to, or null
 */
public record Actor(long key, String slug, String name, String description, ActorKind kind, String countryCode,
                    Integer memberCount, long firstSentenceKey, Provenance provenance) implements Fact, CountryBound {

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
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("id", id());
        snapshot.put("slug", slug);
        snapshot.put("kind", kind.name());
        snapshot.put("name", name);
        snapshot.put("description", description);
        snapshot.put("country", countryCode);
        snapshot.put("memberCount", memberCount);
        snapshot.put("firstMention", GlobalId.encode(NodeType.SENTENCE, firstSentenceKey));
        return snapshot;
    }
}
