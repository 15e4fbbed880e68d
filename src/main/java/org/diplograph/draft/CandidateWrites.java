package org.diplograph.draft;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.diplograph.action.api.ActionInputs.ActionPayload;
import org.diplograph.action.api.ActionInputs.RecordActionInput;
import org.diplograph.action.api.ActionWriter;
import org.diplograph.actor.Actor;
import org.diplograph.actor.ActorInputs.ActorPayload;
import org.diplograph.actor.ActorInputs.RecordActorInput;
import org.diplograph.actor.ActorKind;
import org.diplograph.actor.ActorRepository;
import org.diplograph.actor.ActorWriter;
import org.diplograph.date.DateBasis;
import org.diplograph.date.DatePrecision;
import org.diplograph.date.ReportedDateInput;
import org.diplograph.draft.DraftCandidate.CandidateKind;
import org.diplograph.draft.DraftCandidate.CandidateState;
import org.diplograph.draft.DraftInputs.AcceptCandidatesInput;
import org.diplograph.draft.DraftInputs.CandidateEdit;
import org.diplograph.draft.DraftInputs.ReviewPayload;
import org.diplograph.draft.coding.CodedFacts;
import org.diplograph.fact.Change;
import org.diplograph.fact.Writers;
import org.diplograph.figure.Figure;
import org.diplograph.figure.FigureInputs.FigurePayload;
import org.diplograph.figure.FigureInputs.RecordFigureInput;
import org.diplograph.figure.FigureWriter;
import org.diplograph.graphql.InputProblems;
import org.diplograph.graphql.UserError;
import org.diplograph.graphql.UserErrorCode;
import org.diplograph.graphql.node.GlobalId;
import org.diplograph.graphql.node.NodeType;
import org.diplograph.statement.StatementInputs.RecordStatementInput;
import org.diplograph.statement.StatementInputs.StatementPayload;
import org.diplograph.statement.StatementMode;
import org.diplograph.statement.StatementWriter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Accepting candidates: each becomes the fact its record mutation would write (same writer, same validation, same
 * audit under the reviewer's key), citing the draft's source; a proposed actor is recorded first, once. All or
 * nothing: one candidate's user error (after the reviewer's edits) writes none. A candidate accepted before is not
 * written again.
 */
@Service
class CandidateWrites {

    private final DraftRepository drafts;
    private final StatementWriter statements;
    private final ActionWriter actions;
    private final FigureWriter figures;
    private final ActorWriter actorWriter;
    private final ActorRepository actors;

    CandidateWrites(DraftRepository drafts, StatementWriter statements, ActionWriter actions, FigureWriter figures,
                    ActorWriter actorWriter, ActorRepository actors) {
        this.drafts = drafts;
        this.statements = statements;
        this.actions = actions;
        this.figures = figures;
        this.actorWriter = actorWriter;
        this.actors = actors;
    }

    @Transactional
    public ReviewPayload accept(AcceptCandidatesInput input) {
        InputProblems problems = new InputProblems();
        Review review = Review.of(input.draft(), input.accept(), "accept", drafts, problems);
        if (problems.any()) {
            return new ReviewPayload(review == null ? null : review.draft(), List.of(), problems.list());
        }
        Map<String, CandidateEdit> edits = new HashMap<>();
        for (CandidateEdit edit : input.edits() == null ? List.<CandidateEdit>of() : input.edits()) {
            edits.put(edit.candidate(), edit);
        }
        Map<String, String> newActors = new HashMap<>();
        Map<Long, String> actionsBySentence = new HashMap<>();
        drafts.candidatesOf(List.of(review.draft().key())).getOrDefault(review.draft().key(), List.of()).stream()
                .filter(candidate -> candidate.kind() == CandidateKind.ACTION && candidate.factId() != null)
                .forEach(candidate -> actionsBySentence.putIfAbsent(candidate.sentenceKey(), candidate.factId()));
        List<UserError> errors = new ArrayList<>();
        Change change = Writers.now();
        List<DraftCandidate> ordered = new ArrayList<>(review.candidates());
        // Actors first (others name them), figures last (they may be about an action accepted with them).
        ordered.sort(java.util.Comparator.comparingInt(candidate -> candidate.kind() == CandidateKind.ACTOR ? -1
                : candidate.kind() == CandidateKind.FIGURE ? 1 : 0));
        for (DraftCandidate candidate : ordered) {
            if (candidate.state() == CandidateState.ACCEPTED) {
                continue;
            }
            int index = input.accept().indexOf(candidate.id());
            CandidateEdit edit = edits.get(candidate.id());
            Written written = write(candidate, edit, newActors, actionsBySentence);
            if (written.errors().isEmpty()) {
                drafts.decide(candidate.key(), CandidateState.ACCEPTED, written.factId(), change);
                if (candidate.kind() == CandidateKind.ACTION) {
                    actionsBySentence.putIfAbsent(candidate.sentenceKey(), written.factId());
                }
            }
            written.errors().forEach(error -> errors.add(new UserError(prefixed(index, error.field()), error.message(),
                    error.code())));
        }
        if (!errors.isEmpty()) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return new ReviewPayload(review.draft(), List.of(), errors);
        }
        List<Long> keys = review.candidates().stream().map(DraftCandidate::key).toList();
        Map<Long, DraftCandidate> now = drafts.findCandidates(keys);
        return new ReviewPayload(review.draft(), keys.stream().map(now::get).toList(), List.of());
    }

    private record Written(String factId, List<UserError> errors) {
    }

    private static List<String> prefixed(int index, List<String> field) {
        List<String> path = new ArrayList<>(List.of("accept", String.valueOf(index)));
        path.addAll(field);
        return path;
    }

    private Written write(DraftCandidate candidate, CandidateEdit edit, Map<String, String> newActors,
                          Map<Long, String> actionsBySentence) {
        String sentence = GlobalId.encode(NodeType.SENTENCE, candidate.sentenceKey());
        List<UserError> errors = new ArrayList<>();
        switch (candidate.kind()) {
            case ACTOR -> {
                return new Written(partyId(candidate.actor().actor(), sentence, newActors, errors), errors);
            }
            case QUOTE -> {
                CodedFacts.QuoteGuess quote = candidate.quote();
                String speaker = edit != null && edit.speaker() != null ? edit.speaker()
                        : partyId(quote.speaker(), sentence, newActors, errors);
                String content = edit != null && edit.content() != null ? edit.content() : quote.content();
                StatementPayload payload = statements.record(new RecordStatementInput(speaker,
                        StatementMode.valueOf(quote.mode()), content, date(quote.said(), sentence), List.of(), List.of(),
                        sentence));
                return written(errors, payload.userErrors(), payload.statement() == null ? null : payload.statement().id());
            }
            case ACTION -> {
                CodedFacts.ActionGuess action = candidate.action();
                List<String> actorIds = edit != null && edit.actors() != null ? edit.actors()
                        : action.actors().stream().map(party -> partyId(party, sentence, newActors, errors)).toList();
                List<String> recipientIds = edit != null && edit.recipients() != null ? edit.recipients()
                        : action.recipients().stream().map(party -> partyId(party, sentence, newActors, errors)).toList();
                List<String> evidence = new ArrayList<>(List.of(sentence));
                String summary = edit != null && edit.summary() != null ? edit.summary() : summary(candidate.words());
                ActionPayload payload = actions.record(new RecordActionInput(summary,
                        edit != null && edit.eventCode() != null ? edit.eventCode() : action.eventCode(),
                        edit != null && edit.negated() != null ? edit.negated() : action.negated(), null, actorIds,
                        recipientIds, List.of(), date(action.occurred(), sentence), null, null, null, evidence, null));
                return written(errors, payload.userErrors(), payload.action() == null ? null : payload.action().id());
            }
            default -> {
                CodedFacts.FigureGuess figure = candidate.figure();
                FigurePayload payload = figures.record(new RecordFigureInput(Figure.Kind.valueOf(figure.kind()),
                        figure.counted(), edit != null && edit.quantity() != null ? edit.quantity() : (int) figure.quantity(),
                        Figure.Exactness.valueOf(edit != null && edit.exactness() != null ? edit.exactness() : figure.exactness()),
                        figure.wording(), actionsBySentence.get(candidate.sentenceKey()), null,
                        actionsBySentence.containsKey(candidate.sentenceKey()) || figure.aboutCountry() == null ? null
                                : figure.aboutCountry(), null, sentence));
                return written(errors, payload.userErrors(), payload.figure() == null ? null : payload.figure().id());
            }
        }
    }

    private static Written written(List<UserError> earlier, List<UserError> errors, String factId) {
        List<UserError> all = new ArrayList<>(earlier);
        all.addAll(errors);
        return new Written(all.isEmpty() ? factId : null, all);
    }

    /** The global id of a party: a known actor, a country, or a proposed actor recorded now (once per name). */
    private String partyId(CodedFacts.Party party, String sentence, Map<String, String> newActors, List<UserError> errors) {
        if (party.actorSlug() != null) {
            return actors.findBySlug(party.actorSlug()).map(Actor::id).orElse(null);
        }
        if ("COUNTRY".equals(party.kind())) {
            return GlobalId.encode(NodeType.COUNTRY, party.countryCode());
        }
        String slug = slug(party.name());
        if (newActors.containsKey(slug)) {
            return newActors.get(slug);
        }
        var existing = actors.findBySlug(slug);
        if (existing.isPresent()) {
            newActors.put(slug, existing.get().id());
            return existing.get().id();
        }
        ActorKind kind = ActorKind.valueOf(party.kind());
        boolean named = kind == ActorKind.PERSON;
        ActorPayload payload = actorWriter.record(new RecordActorInput(slug, kind, named ? party.name() : null,
                party.words(), party.countryCode(), null, sentence, List.of()));
        if (payload.actor() == null) {
            errors.addAll(payload.userErrors());
            return null;
        }
        newActors.put(slug, payload.actor().id());
        return payload.actor().id();
    }

    private static ReportedDateInput date(CodedFacts.DateGuess date, String sentence) {
        if (date.date() == null) {
            return new ReportedDateInput(null, DatePrecision.UNKNOWN, DateBasis.UNKNOWN, null, null);
        }
        return new ReportedDateInput(date.date(), DatePrecision.valueOf(date.precision()), DateBasis.valueOf(date.basis()),
                date.wording(), sentence);
    }

    private static String summary(String words) {
        String plain = words.strip();
        return plain.length() <= 500 ? plain : plain.substring(0, 497) + "…";
    }

    private static String slug(String name) {
        String slug = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.length() > 100 ? slug.substring(0, 100).replaceAll("-$", "") : slug.length() < 3 ? slug + "-actor" : slug;
    }
}
