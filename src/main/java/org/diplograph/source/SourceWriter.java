package org.diplograph.source;

import static org.diplograph.sql.schema.Tables.SOURCE;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.regex.Pattern;

import org.diplograph.date.ReportedDate;
import org.diplograph.date.ReportedDateInput;
import org.diplograph.fact.FactRegistration;
import org.diplograph.fact.FactType;
import org.diplograph.fact.Involvement;
import org.diplograph.fact.Operation;
import org.diplograph.fact.write.Corrections;
import org.diplograph.fact.write.References;
import org.diplograph.fact.write.VersionedUpdates;
import org.diplograph.fact.write.WritePipeline;
import org.diplograph.graphql.InputProblems;
import org.diplograph.graphql.Slugs;
import org.diplograph.graphql.UserErrorCode;
import org.diplograph.graphql.node.NodeType;
import org.diplograph.sql.ColumnLengths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records and corrects sources. Every write validates all its input first and writes nothing if any is wrong. */
@Service
public class SourceWriter {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*");
    private static final int MAX_TEXT = 200_000;

    private final SourceRepository sources;
    private final References references;
    private final VersionedUpdates updates;
    private final WritePipeline pipeline;

    SourceWriter(SourceRepository sources, References references, VersionedUpdates updates, WritePipeline pipeline) {
        this.sources = sources;
        this.references = references;
        this.updates = updates;
        this.pipeline = pipeline;
    }

    @Transactional
    public SourcePayload record(RecordSourceInput input) {
        InputProblems problems = new InputProblems();
        if (input.slug() == null || !Slugs.PATTERN.matcher(input.slug()).matches()) {
            problems.add(UserErrorCode.INVALID,
                    "A slug is 3 to 100 lower-case letters, digits and inner hyphens.", "slug");
        } else if (sources.slugTaken(input.slug())) {
            problems.add(UserErrorCode.TAKEN, "Another source already has the slug '%s'.".formatted(input.slug()), "slug");
        }
        problems.text(input.headline(), ColumnLengths.of(SOURCE.HEADLINE), "headline");
        metadata(input.outlet(), input.photoCredit(), input.dateline(), input.url(), problems);
        String language = input.language() == null ? "en" : input.language();
        if (!LANGUAGE.matcher(language).matches()) {
            problems.add(UserErrorCode.INVALID, "'%s' is not a BCP 47 language tag such as \"en\" or \"es-MX\"."
                    .formatted(language), "language");
        }
        ReportedDate published = publication(input.published(), problems);
        List<SentenceSplitter.Span> sentences = List.of();
        if (problems.text(input.text(), MAX_TEXT, "text")) {
            sentences = SentenceSplitter.split(input.text());
        }
        List<SentenceSplitter.Span> spans = sentences;
        return pipeline.write(FactType.SOURCE, Operation.RECORD, null, problems, change -> {
            HeadlineOrigin origin = input.headlineOrigin() == null ? HeadlineOrigin.ARTICLE : input.headlineOrigin();
            Long key = sources.insert(input, origin, language, published, spans, change);
            if (key == null) {
                problems.add(UserErrorCode.TAKEN, "Another source already has the slug '%s'.".formatted(input.slug()), "slug");
            }
            return key;
        }, (fact, errors) -> new SourcePayload((Source) fact, errors));
    }

    @Transactional
    public SourcePayload correct(CorrectSourceInput input) {
        InputProblems problems = new InputProblems();
        Long key = references.key(input.id(), NodeType.SOURCE, problems, "id");
        Corrections changes = new Corrections(problems)
                .text(input.headline(), SOURCE.HEADLINE, "headline")
                .required(input.headlineOrigin(), SOURCE.HEADLINE_ORIGIN, "headlineOrigin")
                .optionalText(input.outlet(), SOURCE.OUTLET, "outlet")
                .optionalText(input.photoCredit(), SOURCE.PHOTO_CREDIT, "photoCredit")
                .optionalText(input.dateline(), SOURCE.DATELINE, "dateline");
        if (!input.url().isOmitted()) {
            metadata(null, null, null, input.url().value(), problems);
            changes.derived(SOURCE.URL, input.url().value());
        }
        if (!input.published().isOmitted()) {
            if (input.published().value() == null) {
                problems.add(UserErrorCode.INVALID, "'published' cannot be cleared; give an UNKNOWN date instead.",
                        "published");
            } else {
                SourceRepository.published(publication(input.published().value(), problems)).forEach(changes::derived);
            }
        }
        return pipeline.write(FactType.SOURCE, Operation.CORRECT, null, problems, change -> {
            if (!updates.update(SourceRepository.FACTS, key, input.expectedVersion(), changes.changes(), change, problems)) {
                return null;
            }
            return key;
        }, (fact, errors) -> new SourcePayload((Source) fact, errors));
    }

    private ReportedDate publication(ReportedDateInput input, InputProblems problems) {
        if (input != null && input.evidence() != null) {
            problems.add(UserErrorCode.INVALID, "A publication date cites no sentence.", "published", "evidence");
            return ReportedDate.UNKNOWN;
        }
        return references.date(input, problems, "published");
    }

    private static void metadata(String outlet, String photoCredit, String dateline, String url, InputProblems problems) {
        problems.optionalText(outlet, ColumnLengths.of(SOURCE.OUTLET), "outlet");
        problems.optionalText(photoCredit, ColumnLengths.of(SOURCE.PHOTO_CREDIT), "photoCredit");
        problems.optionalText(dateline, ColumnLengths.of(SOURCE.DATELINE), "dateline");
        if (url != null) {
            boolean valid;
            try {
                URI uri = new URI(url);
                valid = url.length() <= 2000 && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                        && uri.getHost() != null;
            } catch (URISyntaxException malformed) {
                valid = false;
            }
            if (!valid) {
                problems.add(UserErrorCode.INVALID, "'url' must be an http or https URL of at most 2000 characters.", "url");
            }
        }
    }

    private Source load(long key) {
        return sources.findSources(List.of(key)).get(key);
    }

    @Configuration(proxyBeanMethods = false)
    static class SourceRegistration {

        @Bean
        FactRegistration sourceFacts(SourceRepository sources) {
            return new FactRegistration(SourceRepository.FACTS, key -> sources.findSources(List.of(key)).get(key),
                    key -> { }, fact -> Involvement.NONE);
        }
    }
}
