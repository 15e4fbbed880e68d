package org.diplograph.fact;

import org.diplograph.graphql.node.NodeType;

/** The kinds of fact that can be written, corrected and retracted. */
public enum FactType {
    SOURCE(NodeType.SOURCE), ACTOR(NodeType.ACTOR), ACTOR_ROLE(NodeType.ACTOR_ROLE), STATEMENT(NodeType.STATEMENT),
    ACTION(NodeType.ACTION), FIGURE(NodeType.FIGURE),
    DATASET_IMPORT(NodeType.DATASET_IMPORT);

    private final NodeType nodeType;

    FactType(NodeType nodeType) {
        this.nodeType = nodeType;
    }

    public NodeType nodeType() {
        return nodeType;
    }
}
