package org.diplograph.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.dataloader.DataLoader;

/** Small shared steps of batch-loaded fields. */
public final class Batches {

    private Batches() {
    }

    /** Loads a to-one link through its batch loader, or completes with null when the link is absent. */
    public static <K, V> CompletableFuture<V> loadOrNull(DataLoader<K, V> loader, K key) {
        return key == null ? CompletableFuture.completedFuture(null) : loader.load(key);
    }

    /**
     * The lists of a {@code @BatchMapping}: one lookup for the keys of the whole batch, and an empty list for a parent
     * the lookup found nothing for (graphql-java expects every parent in the answer).
     */
    public static <P, K, V> Map<P, List<V>> lists(List<P> batch, Function<P, K> keyOf,
                                                  Function<List<K>, Map<K, List<V>>> lookup) {
        Map<K, List<V>> found = lookup.apply(batch.stream().map(keyOf).toList());
        return each(batch, parent -> found.getOrDefault(keyOf.apply(parent), List.of()));
    }

    /** The value of a {@code @BatchMapping} for every parent of the batch. */
    public static <P, V> Map<P, V> each(List<P> batch, Function<P, V> value) {
        Map<P, V> values = new LinkedHashMap<>();
        batch.forEach(parent -> values.put(parent, value.apply(parent)));
        return values;
    }
}
