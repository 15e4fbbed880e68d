package org.diplograph.graphql.node;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.springframework.core.ResolvableType;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.graphql.execution.SelfDescribingDataFetcher;

/**
 * The to-one links of a GraphQL type, declared in one place: each field loads its target through the batch loader
 * registered for the target's class ({@code BatchLoaderRegistry.forTypePair}), so that a page of parents costs one
 * query per link, and answers null when the parent has no key for it.
 *
 * @param <P> the Java type of the parent
 */
public final class NodeLinks<P> {

    private final String typeName;
    private final NodeLinks<?> before;
    private final Map<String, Link<P, ?, ?>> links = new LinkedHashMap<>();

    private NodeLinks(String typeName, NodeLinks<?> before) {
        this.typeName = typeName;
        this.before = before;
    }

    public static <P> NodeLinks<P> of(String typeName, Class<P> parent) {
        return new NodeLinks<>(typeName, null);
    }

    /** Goes on with the links of another type, wired together with these. */
    public <Q> NodeLinks<Q> and(String typeName, Class<Q> parent) {
        return new NodeLinks<>(typeName, this);
    }

    /** The field {@code field} is the {@code target} whose key the parent holds (null: no link). */
    public <K, V> NodeLinks<P> link(String field, Class<V> target, Function<P, K> key) {
        links.put(field, new Link<>(typeName + "." + field, target, key));
        return this;
    }

    public RuntimeWiringConfigurer wiring() {
        return wiring -> {
            for (NodeLinks<?> type = this; type != null; type = type.before) {
                Map<String, ? extends Link<?, ?, ?>> fetchers = type.links;
                wiring.type(type.typeName, fields -> {
                    fetchers.forEach(fields::dataFetcher);
                    return fields;
                });
            }
        };
    }

    /** One link; declares its Java type so that start-up schema inspection checks the target's fields. */
    private record Link<P, K, V>(String description, Class<V> target, Function<P, K> key)
            implements SelfDescribingDataFetcher<CompletableFuture<V>> {

        @Override
        public CompletableFuture<V> get(DataFetchingEnvironment env) {
            K parentKey = key.apply(env.getSource());
            if (parentKey == null) {
                return CompletableFuture.completedFuture(null);
            }
            DataLoader<K, V> loader = env.getDataLoader(target.getName());
            return loader.load(parentKey);
        }

        @Override
        public String getDescription() {
            return description;
        }

        @Override
        public ResolvableType getReturnType() {
            return ResolvableType.forClass(target);
        }
    }
}
