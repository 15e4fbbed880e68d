package org.diplograph.statement;

import java.util.ArrayList;
import java.util.List;

import org.diplograph.actor.Actor;
import org.diplograph.date.ReportedDate;
import org.diplograph.fact.FactRegistration;
import org.diplograph.fact.FactType;
import org.diplograph.fact.Operation;
import org.diplograph.fact.write.References;
import org.diplograph.fact.write.VersionedUpdates;
import org.diplograph.fact.write.WritePipeline;
import org.diplograph.graphql.InputProblems;
import org.diplograph.graphql.UserErrorCode;
import org.diplograph.graphql.node.GlobalId;
import org.diplograph.graphql.node.NodeType;
import org.diplograph.source.Sentence;
import org.diplograph.statement.StatementInputs.CorrectStatementInput;
import org.diplograph.statement.StatementInputs.RecordStatementInput;
import org.diplograph.statement.StatementInputs.StatementPayload;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records and corrects statements. A statement's content must occur verbatim in the sentence it cites (a QUOTE,
 * between quotation marks there); every write validates all its input first and writes nothing if any is wrong.
 */
@Service
public class StatementWriter {

    private static final String QUOTATION_MARKS = "\"\u201c\u201d";
    /** A statement's words, at most: the column is unbounded text, the limit the API's (the schema states it). */
    private static final int MOST_CONTENT = 5000;

    private final StatementRepository statements;
    private final References references;
    private final VersionedUpdates updates;
    private final WritePipeline pipeline;

    StatementWriter(StatementRepository statements, References references, VersionedUpdates updates,
                    WritePipeline pipeline) {
        this.statements = statements;
        this.references = references;
        this.updates = updates;
        this.pipeline = pipeline;
    }

    @Transactional
    public StatementPayload record(RecordStatementInput input) {
        InputProblems problems = new InputProblems();
        Actor speaker = references.node(NodeType.ACTOR, Actor.class, input.speaker(), problems, "speaker");
        problems.text(input.content(), MOST_CONTENT, "content");
        ReportedDate said = references.date(input.said(), problems, "said");
        List<Long> audience = audience(input.audience(), problems);
        List<References.Ref> subjects = references.subjects(input.subjects(), problems, "subjects");
        Sentence evidence = references.node(NodeType.SENTENCE, Sentence.class, input.evidence(), problems, "evidence");
        verbatim(input.mode(), input.content(), evidence, problems);
        return pipeline.write(FactType.STATEMENT, Operation.RECORD, null, problems, change -> {
            long key = statements.insert(evidence.sourceKey(),
                    StatementRepository.columns(speaker.key(), input.mode(), input.content(), said, evidence.key()), change);
            statements.replaceAudience(key, audience);
            statements.replaceSubjects(key, subjects);
            return key;
        }, (fact, errors) -> new StatementPayload((Statement) fact, errors));
    }

    @Transactional
    public StatementPayload correct(CorrectStatementInput input) {
        InputProblems problems = new InputProblems();
        Statement current = references.existing(input.id(), NodeType.STATEMENT, this::load, problems);
        if (problems.any()) {
            return new StatementPayload(null, problems.list());
        }
        long key = current.key();
        long speaker = current.speakerKey();
        if (!input.speaker().isOmitted()) {
            Actor actor = references.node(NodeType.ACTOR, Actor.class, input.speaker().value(), problems, "speaker");
            speaker = actor == null ? speaker : actor.key();
        }
        StatementMode mode = input.mode().isOmitted() || input.mode().value() == null ? current.mode() : input.mode().value();
        String content = input.content().isOmitted() ? current.content() : input.content().value();
        problems.text(content, MOST_CONTENT, "content");
        ReportedDate said = input.said().isOmitted() ? current.said() : references.date(input.said().value(), problems, "said");
        List<Long> audience = input.audience().isOmitted() ? null : audience(input.audience().value(), problems);
        List<References.Ref> subjects = input.subjects().isOmitted() ? null
                : references.subjects(input.subjects().value(), problems, "subjects");
        Sentence evidence;
        if (input.evidence().isOmitted()) {
            evidence = references.node(NodeType.SENTENCE, Sentence.class, GlobalId.encode(NodeType.SENTENCE, current.sentenceKey()),
                    problems, "evidence");
        } else {
            evidence = references.node(NodeType.SENTENCE, Sentence.class, input.evidence().value(), problems, "evidence");
            if (evidence != null && evidence.sourceKey() != current.sourceKey()) {
                problems.add(UserErrorCode.INVALID, "The evidence must stay within the statement's source.", "evidence");
            }
        }
        verbatim(mode, content, evidence, problems);
        long speakerKey = speaker;
        Sentence cited = evidence;
        return pipeline.write(FactType.STATEMENT, Operation.CORRECT, null, problems, change -> {
            if (!updates.update(StatementRepository.FACTS, key, input.expectedVersion(),
                    StatementRepository.columns(speakerKey, mode, content, said, cited.key()), change, problems)) {
                return null;
            }
            if (audience != null) {
                statements.replaceAudience(key, audience);
            }
            if (subjects != null) {
                statements.replaceSubjects(key, subjects);
            }
            return key;
        }, (fact, errors) -> new StatementPayload((Statement) fact, errors));
    }

    private List<Long> audience(List<String> ids, InputProblems problems) {
        List<Long> keys = new ArrayList<>();
        if (ids == null) {
            return keys;
        }
        if (ids.size() > References.MAX_REFERENCES) {
            problems.add(UserErrorCode.INVALID, "A statement has at most %d actors in its audience."
                    .formatted(References.MAX_REFERENCES), "audience");
            return keys;
        }
        for (int i = 0; i < ids.size(); i++) {
            Actor actor = references.node(NodeType.ACTOR, Actor.class, ids.get(i), problems, "audience", String.valueOf(i));
            if (actor != null) {
                keys.add(actor.key());
            }
        }
        return keys;
    }

    /** The content occurs verbatim in the cited sentence; a QUOTE, after an opening quotation mark. */
    private static void verbatim(StatementMode mode, String content, Sentence evidence, InputProblems problems) {
        if (content == null || content.isBlank() || evidence == null) {
            return;
        }
        int at = evidence.text().indexOf(content);
        if (at < 0) {
            problems.add(UserErrorCode.NOT_IN_SOURCE,
                    "The content does not occur verbatim in the cited sentence: \"%s\".".formatted(evidence.text()),
                    "content");
            return;
        }
        if (mode == StatementMode.QUOTE) {
            boolean quoted = false;
            for (int from = at; from >= 0 && !quoted; from = evidence.text().indexOf(content, from + 1)) {
                long marks = evidence.text().substring(0, from).chars().filter(c -> QUOTATION_MARKS.indexOf(c) >= 0).count();
                quoted = marks % 2 == 1;
            }
            if (!quoted) {
                problems.add(UserErrorCode.NOT_IN_SOURCE,
                        "A QUOTE must be printed between quotation marks in the cited sentence; use PARAPHRASE or MIXED.",
                        "content");
            }
        }
    }

    private Statement load(long key) {
        return statements.findStatements(List.of(key)).get(key);
    }

    @Configuration(proxyBeanMethods = false)
    static class StatementRegistration {

        @Bean
        FactRegistration statementFacts(StatementRepository statements) {
            return new FactRegistration(StatementRepository.FACTS,
                    key -> statements.findStatements(List.of(key)).get(key), key -> { },
                    fact -> statements.involvement(fact.key()));
        }
    }
}
