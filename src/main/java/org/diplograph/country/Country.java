package org.diplograph.country;

import org.diplograph.graphql.node.GlobalId;
import org.diplograph.graphql.node.Identified;
import org.diplograph.graphql.node.NodeType;

/** A country, keyed by its ISO 3166-1 alpha-2 code. */
public record Country(String code, String alpha3, String name) implements Identified {

    @Override
    public String id() {
        return GlobalId.encode(NodeType.COUNTRY, code);
    }
}
