package org.diplograph.figure;

import java.util.LinkedHashMap;
import java.util.Map;

import org.diplograph.fact.Fact;
import org.diplograph.fact.FactType;
import org.diplograph.fact.Provenance;
import org.diplograph.graphql.node.GlobalId;
import org.diplograph.graphql.node.NodeType;

/**
 * A number a source reports: what it counts, the quantity with its exactness, the source's own words, what it is
 * about (an action, an actor, a country), who reports it, and the sentence that gives it.
 *
 * @param aboutActionKey  the action the figure measures, or null
 * @param aboutActorKey   the actor it counts or concerns, or null
 * @param reportedByKey   the actor the source attributes it to ("officials say"), or null when the source states it
 */
public record Figure(long key, long sourceKey, long sentenceKey, FigureKind kind, String counted, long quantity,
                     Exactness exactness, String wording, Long aboutActionKey, Long aboutActorKey,
                     String aboutCountryCode, Long reportedByKey, Provenance provenance) implements Fact {

    @Override
    public String id() {
        return GlobalId.encode(NodeType.FIGURE, key);
    }

    @Override
    public FactType factType() {
        return FactType.FIGURE;
    }

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("id", id());
        snapshot.put("kind", kind.name());
        snapshot.put("counted", counted);
        snapshot.put("quantity", quantity);
        snapshot.put("exactness", exactness.name());
        snapshot.put("wording", wording);
        snapshot.put("aboutAction", aboutActionKey == null ? null : GlobalId.encode(NodeType.ACTION, aboutActionKey));
        snapshot.put("aboutActor", aboutActorKey == null ? null : GlobalId.encode(NodeType.ACTOR, aboutActorKey));
        snapshot.put("aboutCountry", aboutCountryCode);
        snapshot.put("reportedBy", reportedByKey == null ? null : GlobalId.encode(NodeType.ACTOR, reportedByKey));
        snapshot.put("evidence", GlobalId.encode(NodeType.SENTENCE, sentenceKey));
        return snapshot;
    }
}
