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

    /** The value of a {@code @BatchMapping} for every parent of the batch. */
    public static <P, V> Map<P, V> each(List<P> batch, Function<P, V> value) {
        Map<P, V> values = new LinkedHashMap<>();
        batch.forEach(parent -> values.put(parent, value.apply(parent)));
        return values;
    }
}
