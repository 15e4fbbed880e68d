package org.diplograph.draft;

import static org.diplograph.sql.schema.Tables.CODING_DRAFT;
import static org.diplograph.sql.schema.Tables.DRAFT_CANDIDATE;
import static org.diplograph.sql.schema.Tables.SENTENCE;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.diplograph.draft.DraftCandidate.CandidateKind;
import org.diplograph.draft.DraftCandidate.CandidateState;
import org.diplograph.draft.coding.CodedFacts;
import org.diplograph.fact.Change;
import org.diplograph.graphql.Connection;
import org.diplograph.graphql.PageRequest;
import org.diplograph.sql.KeysetPager;
import org.diplograph.sql.Ordering;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Drafts and their candidates; each guess is kept as JSON, exactly as the coder made it. */
@Repository
class DraftRepository {

    private static final Ordering NEWEST_FIRST = Ordering.of("codingDraft.id", true, CODING_DRAFT.ID);

    private final DSLContext dsl;
    private final KeysetPager pager;
    private final JsonMapper json;

    DraftRepository(DSLContext dsl, KeysetPager pager, JsonMapper json) {
        this.dsl = dsl;
        this.pager = pager;
        this.json = json;
    }

    /** Stores a draft of the source's guesses; sentences are named by number and stored by their row. */
    long insert(long sourceKey, CodedFacts.Draft draft, List<String> warnings, Change change) {
        long key = dsl.insertInto(CODING_DRAFT).set(CODING_DRAFT.SOURCE_ID, sourceKey).set(CODING_DRAFT.CREATED_BY, change.by())
                .set(CODING_DRAFT.CREATED_AT, change.at()).set(CODING_DRAFT.WARNINGS, String.join("\n", warnings))
                .returningResult(CODING_DRAFT.ID).fetchOne().value1();
        Map<Integer, Long> sentences = dsl.select(SENTENCE.ORDINAL, SENTENCE.ID).from(SENTENCE)
                .where(SENTENCE.SOURCE_ID.eq(sourceKey)).fetchMap(SENTENCE.ORDINAL, SENTENCE.ID);
        int ordinal = 0;
        for (CodedFacts.ActorGuess guess : draft.actors()) {
            insert(key, ++ordinal, CandidateKind.ACTOR, guess.citation(), sentences, guess);
        }
        for (CodedFacts.QuoteGuess guess : draft.quotes()) {
            insert(key, ++ordinal, CandidateKind.QUOTE, guess.citation(), sentences, guess);
        }
        for (CodedFacts.ActionGuess guess : draft.actions()) {
            insert(key, ++ordinal, CandidateKind.ACTION, guess.citation(), sentences, guess);
        }
        for (CodedFacts.FigureGuess guess : draft.figures()) {
            insert(key, ++ordinal, CandidateKind.FIGURE, guess.citation(), sentences, guess);
        }
        return key;
    }

    private void insert(long draft, int ordinal, CandidateKind kind, CodedFacts.Citation citation,
                        Map<Integer, Long> sentences, Object guess) {
        dsl.insertInto(DRAFT_CANDIDATE).set(DRAFT_CANDIDATE.DRAFT_ID, draft).set(DRAFT_CANDIDATE.ORDINAL, ordinal)
                .set(DRAFT_CANDIDATE.KIND, kind.name()).set(DRAFT_CANDIDATE.STATE, CandidateState.PENDING.name())
                .set(DRAFT_CANDIDATE.SENTENCE_ID, sentences.get(citation.sentence()))
                .set(DRAFT_CANDIDATE.START_OFFSET, citation.start()).set(DRAFT_CANDIDATE.END_OFFSET, citation.end())
                .set(DRAFT_CANDIDATE.GUESS, json.writeValueAsString(guess)).execute();
    }

    Map<Long, CodingDraft> findDrafts(Collection<Long> keys) {
        return dsl.selectFrom(CODING_DRAFT).where(CODING_DRAFT.ID.in(keys)).fetch().stream()
                .map(this::draft).collect(Collectors.toMap(CodingDraft::key, draft -> draft));
    }

    Connection<CodingDraft> newestFirst(PageRequest page, boolean withTotal) {
        return pager.page(KeysetPager.Query.root(CODING_DRAFT, Arrays.asList(CODING_DRAFT.fields()),
                org.jooq.impl.DSL.noCondition(), NEWEST_FIRST, this::draft), page, withTotal);
    }

    private CodingDraft draft(Record row) {
        String warnings = row.get(CODING_DRAFT.WARNINGS);
        return new CodingDraft(row.get(CODING_DRAFT.ID), row.get(CODING_DRAFT.SOURCE_ID), row.get(CODING_DRAFT.CREATED_BY),
                row.get(CODING_DRAFT.CREATED_AT), warnings.isEmpty() ? List.of() : List.of(warnings.split("\n")));
    }

    /** The candidates of these drafts, in the order the coder made them. */
    Map<Long, List<DraftCandidate>> candidatesOf(Collection<Long> draftKeys) {
        return candidates().where(DRAFT_CANDIDATE.DRAFT_ID.in(draftKeys))
                .orderBy(DRAFT_CANDIDATE.DRAFT_ID, DRAFT_CANDIDATE.ORDINAL).fetch().stream().map(this::candidate)
                .collect(Collectors.groupingBy(DraftCandidate::draftKey));
    }

    Map<Long, DraftCandidate> findCandidates(Collection<Long> keys) {
        Map<Long, DraftCandidate> found = new HashMap<>();
        candidates().where(DRAFT_CANDIDATE.ID.in(keys)).fetch()
                .forEach(row -> found.put(row.get(DRAFT_CANDIDATE.ID), candidate(row)));
        return found;
    }

    /** Candidates with their sentence, whose text gives the cited words. */
    private org.jooq.SelectOnConditionStep<Record> candidates() {
        return dsl.select(DRAFT_CANDIDATE.fields()).select(SENTENCE.START_OFFSET, SENTENCE.CONTENT).from(DRAFT_CANDIDATE)
                .join(SENTENCE).on(SENTENCE.ID.eq(DRAFT_CANDIDATE.SENTENCE_ID));
    }

    /** Records a review decision (and, for an acceptance, the fact written); false if already decided that way. */
    boolean decide(long candidate, CandidateState state, String factId, Change change) {
        return dsl.update(DRAFT_CANDIDATE).set(DRAFT_CANDIDATE.STATE, state.name()).set(DRAFT_CANDIDATE.FACT_ID, factId)
                .set(DRAFT_CANDIDATE.DECIDED_BY, change.by()).set(DRAFT_CANDIDATE.DECIDED_AT, change.at())
                .where(DRAFT_CANDIDATE.ID.eq(candidate)).and(DRAFT_CANDIDATE.STATE.ne(state.name())).execute() == 1;
    }

    private static String words(Record row) {
        int sentenceStart = row.get(SENTENCE.START_OFFSET);
        String sentence = row.get(SENTENCE.CONTENT);
        int from = row.get(DRAFT_CANDIDATE.START_OFFSET) - sentenceStart, to = row.get(DRAFT_CANDIDATE.END_OFFSET) - sentenceStart;
        return from >= 0 && to <= sentence.length() && from <= to ? sentence.substring(from, to) : sentence;
    }

    private DraftCandidate candidate(Record row) {
        CandidateKind kind = CandidateKind.valueOf(row.get(DRAFT_CANDIDATE.KIND));
        String guess = row.get(DRAFT_CANDIDATE.GUESS);
        CodedFacts.QuoteGuess quote = kind == CandidateKind.QUOTE ? json.readValue(guess, CodedFacts.QuoteGuess.class) : null;
        CodedFacts.ActionGuess action = kind == CandidateKind.ACTION ? json.readValue(guess, CodedFacts.ActionGuess.class) : null;
        CodedFacts.FigureGuess figure = kind == CandidateKind.FIGURE ? json.readValue(guess, CodedFacts.FigureGuess.class) : null;
        CodedFacts.ActorGuess actor = kind == CandidateKind.ACTOR ? json.readValue(guess, CodedFacts.ActorGuess.class) : null;
        double confidence = quote != null ? quote.confidence() : action != null ? action.confidence()
                : figure != null ? figure.confidence() : actor.confidence();
        String rule = quote != null ? quote.rule() : action != null ? action.rule() : figure != null ? figure.rule() : actor.rule();
        return new DraftCandidate(row.get(DRAFT_CANDIDATE.ID), row.get(DRAFT_CANDIDATE.DRAFT_ID),
                row.get(DRAFT_CANDIDATE.ORDINAL), kind, CandidateState.valueOf(row.get(DRAFT_CANDIDATE.STATE)),
                row.get(DRAFT_CANDIDATE.SENTENCE_ID), row.get(DRAFT_CANDIDATE.START_OFFSET),
                row.get(DRAFT_CANDIDATE.END_OFFSET), words(row), confidence, rule, quote, action, figure, actor,
                row.get(DRAFT_CANDIDATE.FACT_ID));
    }

}
