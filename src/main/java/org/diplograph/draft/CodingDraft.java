package org.diplograph.draft;

import java.time.OffsetDateTime;
import java.util.List;

import org.diplograph.graphql.node.GlobalId;
import org.diplograph.graphql.node.Identified;
import org.diplograph.graphql.node.NodeType;

/** A draft of one article's facts, awaiting review: the source it stored, who asked for it and when. */
public record CodingDraft(long key, long sourceKey, String createdBy, OffsetDateTime createdAt, List<String> warnings)
        implements Identified {

    @Override
    public String id() {
        return GlobalId.encode(NodeType.CODING_DRAFT, key);
    }
}
