package org.diplograph.source;

import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.diplograph.date.ReportedDate;
import org.diplograph.graphql.Connection;
import org.diplograph.graphql.NotFoundException;
import org.diplograph.graphql.Paging;
import org.diplograph.graphql.node.NodeLinks;
import org.diplograph.sql.NestedConnections;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** Sources, their sentences, and the evidence behind reported dates. */
@Controller
class SourceController {

    private final SourceRepository sources;
    private final Paging paging;
    private final NestedConnections nested;
    private final SourceWriter writer;

    SourceController(SourceRepository sources, Paging paging, NestedConnections nested, SourceWriter writer) {
        this.writer = writer;
        this.sources = sources;
        this.paging = paging;
        this.nested = nested;
    }

    /** The to-one links of {@code Sentence}, {@code ReportedDate}, each loaded in batches. */
    @Bean
    static RuntimeWiringConfigurer sourceLinks() {
        return NodeLinks.of("Sentence", Sentence.class)
                .link("source", Source.class, Sentence::sourceKey)
                .and("ReportedDate", ReportedDate.class)
                .link("evidence", Sentence.class, ReportedDate::evidenceSentenceId)
                .wiring();
    }

    @QueryMapping
    Source source(@Argument String slug) {
        return sources.findBySlug(slug).orElseThrow(
                () -> new NotFoundException("Could not resolve to a Source with the slug '%s'.".formatted(slug)));
    }

    @QueryMapping
    Connection<Source> sources(@Argument Boolean includeRetracted, DataFetchingEnvironment env) {
        return sources.sources(Boolean.TRUE.equals(includeRetracted), paging.request(env), Paging.wantsTotal(env));
    }

    @MutationMapping
    @PreAuthorize("hasAuthority('ROLE_WRITER')")
    SourcePayload recordSource(@Argument RecordSourceInput input) {
        return writer.record(input);
    }

    @MutationMapping
    @PreAuthorize("hasAuthority('ROLE_WRITER')")
    SourcePayload correctSource(@Argument CorrectSourceInput input) {
        return writer.correct(input);
    }

    @SchemaMapping(typeName = "Source")
    CompletableFuture<Connection<Sentence>> sentences(Source source, DataFetchingEnvironment env) {
        return nested.load(SourceLoaders.SENTENCES_OF_SOURCE, source.key(), null, env);
    }

}
