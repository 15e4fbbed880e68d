package org.diplograph.action.code;

import java.math.BigDecimal;

import org.diplograph.graphql.node.GlobalId;
import org.diplograph.graphql.node.Identified;
import org.diplograph.graphql.node.NodeType;

/** A CAMEO event code with its Goldstein intensity. */
public record EventCode(String code, String rootCode, QuadClass quadClass, String name, BigDecimal goldstein)
        implements Identified {

    @Override
    public String id() {
        return GlobalId.encode(NodeType.EVENT_CODE, code);
    }

    public boolean isRoot() {
        return code.equals(rootCode);
    }
}
