package org.diplograph.graphql.node;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/** Finds the nodes of one type by their database keys, for {@code node(id:)} and {@code nodes(ids:)}. */
public interface NodeResolver {

    NodeType type();

    /** The nodes that exist among the given keys, by key. */
    Map<String, ? extends Identified> findByKeys(Collection<String> keys);

    public static NodeResolver of(NodeType type, Function<Collection<String>, Map<String, ? extends Identified>> find) {
        return new NodeResolver() {
            @Override
            public NodeType type() {
                return type;
            }

            @Override
            public Map<String, ? extends Identified> findByKeys(Collection<String> keys) {
                return find.apply(keys);
            }
        };
    }

    /** For types keyed by row id: parses the keys (already validated by {@link GlobalId}) as numbers. */
    public static <T extends Identified> NodeResolver numeric(NodeType type,
                                                       Function<Collection<Long>, Map<Long, T>> find) {
        return of(type, keys -> {
            Map<Long, T> found = find.apply(keys.stream().map(Long::parseLong).toList());
            Map<String, T> byKey = new HashMap<>();
            found.forEach((key, node) -> byKey.put(String.valueOf(key), node));
            return byKey;
        });
    }
}
