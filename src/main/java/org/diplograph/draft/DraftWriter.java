package org.diplograph.draft;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.diplograph.date.DateBasis;
import org.diplograph.date.DatePrecision;
import org.diplograph.date.ReportedDateInput;
import org.diplograph.draft.DraftCandidate.CandidateState;
import org.diplograph.draft.DraftInputs.DraftFactsInput;
import org.diplograph.draft.DraftInputs.DraftFactsPayload;
import org.diplograph.draft.DraftInputs.RejectCandidatesInput;
import org.diplograph.draft.DraftInputs.ReviewPayload;
import org.diplograph.draft.coding.ArticleCoder;
import org.diplograph.draft.coding.CodedFacts;
import org.diplograph.fact.Change;
import org.diplograph.fact.Writers;
import org.diplograph.graphql.InputProblems;
import org.diplograph.graphql.UserErrorCode;
import org.diplograph.source.HeadlineOrigin;
import org.diplograph.source.RecordSourceInput;
import org.diplograph.source.SourcePayload;
import org.diplograph.source.SourceRepository;
import org.diplograph.source.SourceWriter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Drafting: stores the article as a source (through {@link SourceWriter}, so it is audited like any source), codes it,
 * and keeps the draft for review. Rejecting marks candidates; accepting writes them ({@link CandidateWrites}).
 */
@Service
class DraftWriter {

    /** Markup pasted instead of the article's words: refused rather than guessed at. */
    private static final Pattern HTML = Pattern.compile("(?i)<\\s*/?\\s*(?:p|div|br|span|a|html|body|head|script|style|"
            + "h[1-6]|ul|ol|li|table|tr|td|img|meta)\\b[^>]*>");
    private static final Pattern ENGLISH = Pattern.compile("en(?:-[A-Za-z0-9]{2,8})*");

    private final SourceWriter sources;
    private final SourceRepository sourceRows;
    private final GazetteerRepository gazetteers;
    private final DraftRepository drafts;

    DraftWriter(SourceWriter sources, SourceRepository sourceRows, GazetteerRepository gazetteers, DraftRepository drafts) {
        this.sources = sources;
        this.sourceRows = sourceRows;
        this.gazetteers = gazetteers;
        this.drafts = drafts;
    }

    @Transactional
    public DraftFactsPayload draft(DraftFactsInput input) {
        InputProblems problems = new InputProblems();
        String text = input.text() == null ? "" : input.text().strip();
        if (text.isEmpty()) {
            problems.add(UserErrorCode.INVALID, "'text' is empty: paste the article's words.", "text");
        } else if (HTML.matcher(text).find()) {
            problems.add(UserErrorCode.INVALID, "'text' contains HTML tags; paste the article's words, not its markup.",
                    "text");
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        if (input.published() != null && input.published().isAfter(today.plusDays(1))) {
            problems.add(UserErrorCode.INVALID, "'published' (%s) is in the future.".formatted(input.published()),
                    "published");
        }
        String language = input.language() == null ? "en" : input.language();
        if (!ENGLISH.matcher(language).matches()) {
            problems.add(UserErrorCode.UNSUPPORTED_LANGUAGE, "The article coder reads English only; '%s' is not."
                    .formatted(language), "language");
        }
        if (problems.any()) {
            return new DraftFactsPayload(null, problems.list());
        }
        boolean headlineGiven = input.headline() != null && !input.headline().isBlank();
        String headline = headlineGiven ? input.headline().strip() : firstWords(text);
        SourcePayload stored = sources.record(new RecordSourceInput(freeSlug(headline, input.published()), headline,
                headlineGiven ? HeadlineOrigin.ARTICLE : HeadlineOrigin.EDITORIAL, input.outlet(), null, null, input.url(),
                language, new ReportedDateInput(input.published(), DatePrecision.DAY, DateBasis.STATED, null, null), text));
        if (!stored.userErrors().isEmpty()) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return new DraftFactsPayload(null, stored.userErrors());
        }
        String storedText = stored.source().text();
        CodedFacts.Draft coded = ArticleCoder.code(storedText, input.published(), gazetteers.gazetteer());
        List<String> warnings = new ArrayList<>();
        if (coded.quotes().isEmpty() && coded.actions().isEmpty() && coded.figures().isEmpty()) {
            warnings.add("The coder found no quote, action or figure in this text.");
        }
        long key = drafts.insert(stored.source().key(), coded, warnings, Writers.now());
        return new DraftFactsPayload(drafts.findDrafts(List.of(key)).get(key), List.of());
    }

    @Transactional
    public ReviewPayload reject(RejectCandidatesInput input) {
        InputProblems problems = new InputProblems();
        Review review = Review.of(input.draft(), input.reject(), "reject", drafts, problems);
        List<DraftCandidate> rejected = new ArrayList<>();
        for (int index = 0; review != null && index < review.candidates().size(); index++) {
            DraftCandidate candidate = review.candidates().get(index);
            if (candidate.state() == CandidateState.ACCEPTED) {
                problems.add(UserErrorCode.INVALID, "This candidate was accepted and written; retract the fact instead.",
                        "reject", String.valueOf(index));
            }
        }
        if (problems.any()) {
            return new ReviewPayload(review == null ? null : review.draft(), List.of(), problems.list());
        }
        Change change = Writers.now();
        for (DraftCandidate candidate : review.candidates()) {
            drafts.decide(candidate.key(), CandidateState.REJECTED, null, change);
            rejected.add(drafts.findCandidates(List.of(candidate.key())).get(candidate.key()));
        }
        return new ReviewPayload(review.draft(), rejected, List.of());
    }

    private static String firstWords(String text) {
        String first = text.lines().findFirst().orElse(text).strip();
        return first.length() <= 120 ? first : first.substring(0, 117).strip() + "…";
    }

    /** A slug from the headline and the date that no source has yet ("-2", "-3"… when taken). */
    private String freeSlug(String headline, LocalDate published) {
        String base = Normalizer.normalize(headline, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (base.length() > 70) {
            base = base.substring(0, 70).replaceAll("-[^-]*$", "");
        }
        String slug = (base.isEmpty() ? "article" : base) + "-" + published;
        for (int suffix = 2; sourceRows.slugTaken(slug); suffix++) {
            slug = (base.isEmpty() ? "article" : base) + "-" + published + "-" + suffix;
        }
        return slug;
    }
}
