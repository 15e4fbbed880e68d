package org.diplograph.statement;

import org.diplograph.graphql.GlobalId;
import org.diplograph.graphql.Identified;
import org.diplograph.graphql.NodeType;
import org.diplograph.source.ReportedDate;

/** Something an actor said, as a source reports it, citing the sentence it comes from. */
public record Statement(long key, long sourceKey, long sentenceKey, long speakerKey, StatementMode mode,
                        String content, ReportedDate said) implements Identified {

    @Override
    public String id() {
        return GlobalId.encode(NodeType.STATEMENT, key);
    }
}
