package org.diplograph.figure;

import java.util.Map;

import org.diplograph.fact.Fact;
import org.diplograph.fact.FactType;
import org.diplograph.fact.Provenance;
import org.diplograph.fact.Snapshot;
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
public record Figure(long key, long sourceKey, long sentenceKey, Kind kind, String counted, long quantity,
                     Exactness exactness, String wording, Long aboutActionKey, Long aboutActorKey,
                     String aboutCountryCode, Long reportedByKey, Provenance provenance) implements Fact {

    /** What a figure counts. */
    public enum Kind {
        DEATHS, INJURIES, ARRESTS, DISPLACED, INVESTIGATIONS, PEOPLE, DURATION_HOURS, OTHER
    }

    /** How exact the source says a figure is: "21 people" is EXACT, "hundreds" AT_LEAST 200. */
    public enum Exactness {
        EXACT, AT_LEAST, AT_MOST, APPROXIMATELY
    }

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
        return Snapshot.of("id", id(), "kind", kind, "counted", counted, "quantity", quantity, "exactness", exactness,
                "wording", wording, "aboutAction", GlobalId.encodeOrNull(NodeType.ACTION, aboutActionKey),
                "aboutActor", GlobalId.encodeOrNull(NodeType.ACTOR, aboutActorKey), "aboutCountry", aboutCountryCode,
                "reportedBy", GlobalId.encodeOrNull(NodeType.ACTOR, reportedByKey),
                "evidence", GlobalId.encode(NodeType.SENTENCE, sentenceKey));
    }
}
