package org.diplograph.fact;

import org.diplograph.graphql.node.GlobalId;

/** One write to a fact, as the audit trail keeps it; {@code snapshot} is JSON text. */
public record Revision(long key, FactType factType, long factKey, int version, Operation operation, Change change,
                       String reason, String snapshotJson) {

    public String factId() {
        return GlobalId.encode(factType.nodeType(), factKey);
    }
}
