package org.diplograph.graphql.node;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Every node type's look-up, as the features register them ({@link NodeResolver} beans): how {@code node(id:)}, the
 * reference checks of mutations and one feature's view of another's nodes find a node without importing the feature
 * that owns it.
 */
@Component
public class Nodes {

    private final Map<NodeType, NodeResolver> resolvers = new EnumMap<>(NodeType.class);

    public Nodes(List<NodeResolver> resolvers) {
        resolvers.forEach(resolver -> this.resolvers.put(resolver.type(), resolver));
    }

    /** The nodes of this type that exist among the keys, by key. */
    public Map<String, ? extends Identified> find(NodeType type, Collection<String> keys) {
        NodeResolver resolver = resolvers.get(type);
        if (resolver == null) {
            throw new IllegalStateException("No node resolver is registered for " + type);
        }
        return resolver.findByKeys(keys);
    }

    /** The node of this type with this key, or null. */
    public Identified find(NodeType type, String key) {
        return find(type, List.of(key)).get(key);
    }

    /** Node types that have a resolver, for the check that every type has one. */
    public Set<NodeType> registered() {
        return Collections.unmodifiableSet(resolvers.keySet());
    }
}
