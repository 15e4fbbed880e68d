package org.diplograph.actor;

import java.util.Map;

import org.diplograph.date.ReportedDate;
import org.diplograph.fact.Fact;
import org.diplograph.fact.FactType;
import org.diplograph.fact.Provenance;
import org.diplograph.fact.Snapshot;
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
        return Snapshot.of("id", id(), "actor", GlobalId.encode(NodeType.ACTOR, actorKey), "title", title,
                "organization", GlobalId.encodeOrNull(NodeType.ACTOR, organizationKey), "country", countryCode,
                "accreditedTo", accreditedToCode, "started", started.snapshot(), "ended", ended.snapshot(),
                "evidence", GlobalId.encode(NodeType.SENTENCE, sentenceKey));
    }
}
