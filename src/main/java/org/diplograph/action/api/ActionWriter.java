package org.diplograph.action.api;

import static org.diplograph.sql.schema.Tables.ACTION;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.diplograph.action.Action;
import org.diplograph.action.ActionIndex;
import org.diplograph.action.ActionRepository;
import org.diplograph.action.ActionRollups;
import org.diplograph.action.PartyRole;
import org.diplograph.action.api.ActionInputs.ActionPayload;
import org.diplograph.action.api.ActionInputs.CorrectActionInput;
import org.diplograph.action.api.ActionInputs.PloverInput;
import org.diplograph.action.api.ActionInputs.RecordActionInput;
import org.diplograph.action.code.EventCode;
import org.diplograph.action.code.EventTaxonomy;
import org.diplograph.action.code.PloverCoding;
import org.diplograph.date.ReportedDate;
import org.diplograph.fact.FactRegistration;
import org.diplograph.fact.FactType;
import org.diplograph.fact.Operation;
import org.diplograph.fact.write.References.Ref;
import org.diplograph.fact.write.References;
import org.diplograph.fact.write.VersionedUpdates;
import org.diplograph.fact.write.WritePipeline;
import org.diplograph.graphql.InputProblems;
import org.diplograph.graphql.UserErrorCode;
import org.diplograph.graphql.node.NodeType;
import org.diplograph.source.Sentence;
import org.diplograph.sql.ColumnLengths;
import org.diplograph.statement.Statement;
import org.jooq.Field;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.data.ArgumentValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records and corrects actions, keeping their parties, evidence and involvement rows consistent in one transaction.
 * Every write validates all its input first and writes nothing if any is wrong.
 */
@Service
public class ActionWriter {

    private static final int MAX_EVIDENCE = 20;

    private final ActionRepository actions;
    private final EventTaxonomy taxonomy;
    private final References references;
    private final VersionedUpdates updates;
    private final WritePipeline pipeline;

    public ActionWriter(ActionRepository actions, EventTaxonomy taxonomy, References references, VersionedUpdates updates,
                 WritePipeline pipeline) {
        this.actions = actions;
        this.taxonomy = taxonomy;
        this.references = references;
        this.updates = updates;
        this.pipeline = pipeline;
    }

    /** An action's content once its input is resolved, whether recorded anew or corrected. */
    private record Content(EventCode code, boolean negated, PloverCoding plover, String summary, String details,
                           String place, String placeCountry, ReportedDate occurred, Long reportedIn) {

        public Map<Field<?>, Object> columns() {
            return ActionRepository.columns(code, negated, plover, summary, details, place, placeCountry, occurred,
                    reportedIn);
        }
    }

    @Transactional
    public ActionPayload record(RecordActionInput input) {
        InputProblems problems = new InputProblems();
        problems.text(input.summary(), ColumnLengths.of(ACTION.SUMMARY), "summary");
        EventCode code = eventCode(input.eventCode(), problems, "eventCode");
        PloverCoding plover = plover(input.plover(), problems);
        List<Ref> actors = references.parties(input.actors(), problems, "actors");
        List<Ref> recipients = references.parties(input.recipients(), problems, "recipients");
        List<Ref> affected = references.parties(input.affected(), problems, "affected");
        ReportedDate occurred = references.date(input.occurred(), problems, "occurred");
        problems.optionalText(input.place(), ColumnLengths.of(ACTION.PLACE), "place");
        String placeCountry = input.placeCountry() == null ? null
                : references.country(input.placeCountry(), problems, "placeCountry");
        problems.optionalText(input.details(), ColumnLengths.of(ACTION.DETAILS), "details");
        List<Sentence> evidence = evidence(input.evidence(), problems);
        Long sourceKey = evidence.isEmpty() ? null : evidence.get(0).sourceKey();
        Long reportedIn = reportedIn(input.reportedIn(), sourceKey, problems);
        Content content = new Content(code, Boolean.TRUE.equals(input.negated()), plover, input.summary(),
                input.details(), input.place(), placeCountry, occurred, reportedIn);
        return pipeline.write(FactType.ACTION, Operation.RECORD, null, problems, change -> {
            long key = actions.insert(sourceKey, content.columns(), change);
            actions.replaceParties(key, PartyRole.ACTOR, actors);
            actions.replaceParties(key, PartyRole.RECIPIENT, recipients);
            actions.replaceParties(key, PartyRole.AFFECTED, affected);
            actions.replaceEvidence(key, evidence.stream().map(Sentence::key).toList());
            return key;
        }, (fact, errors) -> new ActionPayload((Action) fact, errors));
    }

    @Transactional
    public ActionPayload correct(CorrectActionInput input) {
        InputProblems problems = new InputProblems();
        Action current = references.existing(input.id(), NodeType.ACTION, keyed -> actions.findActions(List.of(keyed)).get(keyed), problems);
        if (problems.any()) {
            return new ActionPayload(null, problems.list());
        }
        long key = current.key();
        String summary = input.summary().isOmitted() ? current.summary() : input.summary().value();
        problems.text(summary, ColumnLengths.of(ACTION.SUMMARY), "summary");
        EventCode code = input.eventCode().isOmitted()
                ? taxonomy.findEventCodes(List.of(current.eventCodeKey())).get(current.eventCodeKey())
                : eventCode(input.eventCode().value(), problems, "eventCode");
        boolean negated = input.negated().isOmitted() || input.negated().value() == null
                ? current.negated() : input.negated().value();
        PloverCoding plover = input.plover().isOmitted() ? current.plover() : plover(input.plover().value(), problems);
        ReportedDate occurred = current.occurred();
        if (!input.occurred().isOmitted()) {
            occurred = references.date(input.occurred().value(), problems, "occurred");
        }
        String place = changed(input.place(), current.place(), ColumnLengths.of(ACTION.PLACE), "place", problems);
        String placeCountry = current.placeCountryCode();
        if (!input.placeCountry().isOmitted()) {
            placeCountry = input.placeCountry().value() == null ? null
                    : references.country(input.placeCountry().value(), problems, "placeCountry");
        }
        String details = changed(input.details(), current.details(), ColumnLengths.of(ACTION.DETAILS), "details", problems);
        List<Ref> actorRefs = partiesIfGiven(input.actors(), "actors", problems);
        List<Ref> recipientRefs = partiesIfGiven(input.recipients(), "recipients", problems);
        List<Ref> affectedRefs = partiesIfGiven(input.affected(), "affected", problems);
        List<Sentence> evidence = input.evidence().isOmitted() ? null : evidence(input.evidence().value(), problems);
        Long sourceKey = evidence == null || evidence.isEmpty() ? current.sourceKey() : evidence.get(0).sourceKey();
        if (current.sourceKey() == null && evidence != null) {
            problems.add(UserErrorCode.INVALID, "An action imported from a data set cites its record there, not "
                    + "sentences; it takes no evidence.", "evidence");
        } else if (evidence != null && !evidence.isEmpty() && !sourceKey.equals(current.sourceKey())) {
            problems.add(UserErrorCode.INVALID, "The evidence must stay within the action's source.", "evidence");
        }
        Long reportedIn = current.reportedInKey();
        if (!input.reportedIn().isOmitted()) {
            reportedIn = reportedIn(input.reportedIn().value(), sourceKey, problems);
        }
        Content content = new Content(code, negated, plover, summary, details, place, placeCountry, occurred, reportedIn);
        return pipeline.correct(FactType.ACTION, key, null, problems, change -> {
            if (!updates.update(ActionRepository.FACTS, key, input.expectedVersion(), content.columns(), change, problems)) {
                return null;
            }
            if (actorRefs != null) {
                actions.replaceParties(key, PartyRole.ACTOR, actorRefs);
            }
            if (recipientRefs != null) {
                actions.replaceParties(key, PartyRole.RECIPIENT, recipientRefs);
            }
            if (affectedRefs != null) {
                actions.replaceParties(key, PartyRole.AFFECTED, affectedRefs);
            }
            if (evidence != null) {
                actions.replaceEvidence(key, evidence.stream().map(Sentence::key).toList());
            }
            return key;
        }, (fact, errors) -> new ActionPayload((Action) fact, errors));
    }

    private List<Ref> partiesIfGiven(ArgumentValue<List<String>> ids, String field, InputProblems problems) {
        return ids.isOmitted() ? null : references.parties(ids.value() == null ? List.of() : ids.value(), problems, field);
    }

    private static String changed(ArgumentValue<String> value, String current, int max, String field,
                                  InputProblems problems) {
        if (value.isOmitted()) {
            return current;
        }
        problems.optionalText(value.value(), max, field);
        return value.value();
    }

    private static PloverCoding plover(PloverInput input, InputProblems problems) {
        if (input == null) {
            return null;
        }
        problems.optionalText(input.mode(), ColumnLengths.of(ACTION.PLOVER_MODE), "plover.mode");
        problems.optionalText(input.context(), ColumnLengths.of(ACTION.PLOVER_CONTEXT), "plover.context");
        return new PloverCoding(input.type(), input.mode(), input.context());
    }

    /** Evidence: 1 to 20 existing sentences, all of one source. */
    private List<Sentence> evidence(List<String> ids, InputProblems problems) {
        List<Sentence> sentences = new ArrayList<>();
        if (ids == null || ids.isEmpty() || ids.size() > MAX_EVIDENCE) {
            problems.add(UserErrorCode.INVALID,
                    "An action cites 1 to %d sentences as evidence.".formatted(MAX_EVIDENCE), "evidence");
            return sentences;
        }
        for (int i = 0; i < ids.size(); i++) {
            Sentence sentence = references.node(NodeType.SENTENCE, Sentence.class, ids.get(i), problems, "evidence", String.valueOf(i));
            if (sentence != null) {
                if (!sentences.isEmpty() && sentence.sourceKey() != sentences.get(0).sourceKey()) {
                    problems.add(UserErrorCode.INVALID, "All evidence sentences must come from one source.",
                            "evidence", String.valueOf(i));
                } else if (sentences.stream().anyMatch(cited -> cited.key() == sentence.key())) {
                    problems.add(UserErrorCode.INVALID, "A sentence is cited twice.", "evidence", String.valueOf(i));
                } else {
                    sentences.add(sentence);
                }
            }
        }
        return sentences;
    }

    private Long reportedIn(String id, Long sourceKey, InputProblems problems) {
        if (id == null) {
            return null;
        }
        Statement statement = references.node(NodeType.STATEMENT, Statement.class, id, problems, "reportedIn");
        if (statement != null && sourceKey != null && statement.sourceKey() != sourceKey) {
            problems.add(UserErrorCode.INVALID, "The reporting statement must come from the action's source.", "reportedIn");
        }
        return statement == null ? null : statement.key();
    }

    private Action load(long key) {
        return actions.findActions(List.of(key)).get(key);
    }

    @Configuration(proxyBeanMethods = false)
    public static class ActionRegistration {

        @Bean
        public FactRegistration actionFacts(ActionRepository actions, ActionIndex index) {
            // An action's involvement rows and its part of the roll-ups follow from its parties and coding.
            FactRegistration.Derived<ActionRollups.Contribution> derived = new FactRegistration.Derived<>(
                    key -> index.contribution(ACTION.ID.eq(key)), ActionRollups.Contribution.NONE,
                    (key, before) -> index.rebuild(ACTION.ID.eq(key), before));
            return new FactRegistration(ActionRepository.FACTS, key -> actions.findActions(List.of(key)).get(key),
                    index::retracted, fact -> actions.involvement(fact.key()), derived);
        }
    }

    private EventCode eventCode(String code, InputProblems problems, String... field) {
        EventCode found = code == null ? null : taxonomy.findEventCodes(List.of(code)).get(code);
        if (found == null) {
            problems.add(UserErrorCode.UNKNOWN_CODE,
                    "'%s' is not a CAMEO event code (codes are strings such as \"0211\").".formatted(code), field);
        }
        return found;
    }
}
