package org.diplograph.sql;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.diplograph.graphql.Batches;
import org.diplograph.graphql.Connection;
import org.diplograph.graphql.PageRequest;
import org.diplograph.graphql.Paging;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Batches a nested connection (a country's actions, an actor's statements) across all the parents of one request:
 * every parent asking for the same page shape is served by one statement (see {@link KeysetPager#pages}).
 */
@Component
public class NestedConnections {

    /** What one parent asks for: its scope, a variant of the query (a role filter, say) and the page. */
    public record PageKey<S>(S scope, Object variant, PageRequest page, boolean withTotal) {
    }

    private final BatchLoaderRegistry registry;
    private final KeysetPager pager;
    private final Paging paging;

    public NestedConnections(BatchLoaderRegistry registry, KeysetPager pager, Paging paging) {
        this.registry = registry;
        this.pager = pager;
        this.paging = paging;
    }

    /**
     * Registers a nested connection under a name.
     *
     * @param query the query for a variant and the parents' scopes
     */
    public <S, R> void register(String name, BiFunction<Object, List<S>, KeysetPager.Query<S, R>> query) {
        registry.<PageKey<S>, Connection<R>>forName(name).registerMappedBatchLoader((keys, environment) ->
                Mono.fromCallable(() -> load(keys, query)));
    }

    private <S, R> Map<PageKey<S>, Connection<R>> load(Set<PageKey<S>> keys,
                                                   BiFunction<Object, List<S>, KeysetPager.Query<S, R>> query) {
        Map<PageKey<S>, Connection<R>> loaded = new HashMap<>();
        Map<List<Object>, List<PageKey<S>>> byShape = keys.stream().collect(Collectors.groupingBy(
                key -> Arrays.asList(key.variant(), key.page(), key.withTotal())));
        byShape.forEach((shape, sameShape) -> {
            PageKey<S> first = sameShape.get(0);
            List<S> scopes = sameShape.stream().map(PageKey::scope).distinct().toList();
            Map<S, Connection<R>> pages = pager.pages(query.apply(first.variant(), scopes), first.page(), first.withTotal());
            sameShape.forEach(key -> loaded.put(key, pages.get(key.scope())));
        });
        return loaded;
    }

    /** The page of one parent, loaded together with those of its siblings. */
    public <S, R> CompletableFuture<Connection<R>> load(String name, S scope, Object variant,
                                                        DataFetchingEnvironment env) {
        DataLoader<PageKey<S>, Connection<R>> loader = env.getDataLoader(name);
        return loader.load(new PageKey<>(scope, variant, paging.request(env), Paging.wantsTotal(env)));
    }
}
