package org.diplograph.statement;

import java.util.Map;

import org.diplograph.date.ReportedDate;
import org.diplograph.fact.Fact;
import org.diplograph.fact.FactType;
import org.diplograph.fact.Provenance;
import org.diplograph.fact.Snapshot;
import org.diplograph.graphql.node.GlobalId;
import org.diplograph.graphql.node.NodeType;

/** Something an actor said, as a source reports it, citing the sentence it comes from. */
public record Statement(long key, long sourceKey, long sentenceKey, long speakerKey, StatementMode mode,
                        String content, ReportedDate said, Provenance provenance) implements Fact {

    @Override
    public String id() {
        return GlobalId.encode(NodeType.STATEMENT, key);
    }

    @Override
    public FactType factType() {
        return FactType.STATEMENT;
    }

    @Override
    public Map<String, Object> snapshot() {
        return Snapshot.of("id", id(), "speaker", GlobalId.encode(NodeType.ACTOR, speakerKey), "mode", mode,
                "content", content, "said", said.snapshot(),
                "evidence", GlobalId.encode(NodeType.SENTENCE, sentenceKey),
                "source", GlobalId.encode(NodeType.SOURCE, sourceKey));
    }
}
