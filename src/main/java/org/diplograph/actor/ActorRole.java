package org.diplograph.actor;

import java.util.LinkedHashMap;
import java.util.Map;

import org.diplograph.date.ReportedDate;
import org.diplograph.fact.Fact;
import org.diplograph.fact.FactType;
import org.diplograph.fact.Provenance;
import org.diplograph.graphql.node.GlobalId;
import org.diplograph.graphql.node.NodeType;

/** An office or position an actor holds or held. */
public record ActorRole(long key, long actorKey, String title, Long organizationKey, String countryCode,
                        String accreditedToCode, ReportedDate started, ReportedDate ended, long sentenceKey,
                        Provenance provenance) implements Fact {

    @Override
    public String id() {
        return GlobalId.encode(NodeType.ACTOR_ROLE, key);
    }

    @Override
    public FactType factType() {
        return FactType.ACTOR_ROLE;
    }

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("id", id());
        snapshot.put("actor", GlobalId.encode(NodeType.ACTOR, actorKey));
        snapshot.put("title", title);
        snapshot.put("organization", organizationKey == null ? null : GlobalId.encode(NodeType.ACTOR, organizationKey));
        snapshot.put("country", countryCode);
        snapshot.put("accreditedTo", accreditedToCode);
        snapshot.put("started", started.snapshot());
        snapshot.put("ended", ended.snapshot());
        snapshot.put("evidence", GlobalId.encode(NodeType.SENTENCE, sentenceKey));
        return snapshot;
    }
}
