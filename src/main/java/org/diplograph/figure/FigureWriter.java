package org.diplograph.figure;

import static org.diplograph.sql.schema.Tables.FIGURE;


import org.diplograph.action.Action;
import org.diplograph.actor.Actor;
import org.diplograph.fact.FactType;
import org.diplograph.fact.Operation;
import org.diplograph.fact.write.Corrections;
import org.diplograph.fact.write.References;
import org.diplograph.fact.write.VersionedUpdates;
import org.diplograph.fact.write.WritePipeline;
import org.diplograph.figure.FigureInputs.CorrectFigureInput;
import org.diplograph.figure.FigureInputs.FigurePayload;
import org.diplograph.figure.FigureInputs.RecordFigureInput;
import org.diplograph.graphql.InputProblems;
import org.diplograph.graphql.UserErrorCode;
import org.diplograph.graphql.node.GlobalId;
import org.diplograph.graphql.node.NodeType;
import org.diplograph.source.Sentence;
import org.diplograph.sql.ColumnLengths;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records and corrects figures through the write pipeline. A figure cites the sentence that gives it, and its wording
 * must occur in that sentence verbatim: the number is the source's, not the analyst's.
 */
@Service
public class FigureWriter {

    private final FigureRepository figures;
    private final References references;
    private final VersionedUpdates updates;
    private final WritePipeline pipeline;

    FigureWriter(FigureRepository figures, References references, VersionedUpdates updates, WritePipeline pipeline) {
        this.figures = figures;
        this.references = references;
        this.updates = updates;
        this.pipeline = pipeline;
    }

    @Transactional
    public FigurePayload record(RecordFigureInput input) {
        InputProblems problems = new InputProblems();
        problems.text(input.counted(), ColumnLengths.of(FIGURE.COUNTED), "counted");
        quantity(input.quantity(), problems);
        Sentence evidence = references.node(NodeType.SENTENCE, Sentence.class, input.evidence(), problems, "evidence");
        if (problems.text(input.wording(), ColumnLengths.of(FIGURE.WORDING), "wording") && evidence != null) {
            verbatim(input.wording(), evidence, problems);
        }
        Action action = input.aboutAction() == null ? null
                : references.node(NodeType.ACTION, Action.class, input.aboutAction(), problems, "aboutAction");
        Actor actor = input.aboutActor() == null ? null
                : references.node(NodeType.ACTOR, Actor.class, input.aboutActor(), problems, "aboutActor");
        String country = input.aboutCountry() == null ? null
                : references.country(input.aboutCountry(), problems, "aboutCountry");
        Actor reporter = input.reportedBy() == null ? null
                : references.node(NodeType.ACTOR, Actor.class, input.reportedBy(), problems, "reportedBy");
        if (action == null && actor == null && country == null && input.aboutAction() == null
                && input.aboutActor() == null && input.aboutCountry() == null) {
            problems.add(UserErrorCode.INVALID, "A figure is about something: give aboutAction, aboutActor or "
                    + "aboutCountry.", "aboutAction");
        }
        if (action != null && evidence != null && action.sourceKey() != evidence.sourceKey()) {
            problems.add(UserErrorCode.INVALID, "The figure and the action it measures must come from one source.",
                    "aboutAction");
        }
        return pipeline.write(FactType.FIGURE, Operation.RECORD, null, problems, change -> figures.insert(input,
                        evidence.sourceKey(), evidence.key(), action == null ? null : action.key(),
                        actor == null ? null : actor.key(), country, reporter == null ? null : reporter.key(), change),
                (fact, errors) -> new FigurePayload((Figure) fact, errors));
    }

    @Transactional
    public FigurePayload correct(CorrectFigureInput input) {
        InputProblems problems = new InputProblems();
        Figure current = references.existing(input.id(), NodeType.FIGURE, figures::findFigure, problems);
        if (problems.any()) {
            return new FigurePayload(null, problems.list());
        }
        long key = current.key();
        Corrections changes = new Corrections(problems)
                .required(input.kind(), FIGURE.KIND, "kind")
                .text(input.counted(), FIGURE.COUNTED, "counted")
                .checked(input.quantity(), FIGURE.QUANTITY, quantity -> quantity(quantity, problems) ? quantity.longValue() : null)
                .required(input.exactness(), FIGURE.EXACTNESS, "exactness");
        if (!input.wording().isOmitted() && problems.text(input.wording().value(), ColumnLengths.of(FIGURE.WORDING), "wording")) {
            Sentence evidence = references.node(NodeType.SENTENCE, Sentence.class,
                    GlobalId.encode(NodeType.SENTENCE, current.sentenceKey()), problems, "wording");
            if (evidence != null && verbatim(input.wording().value(), evidence, problems)) {
                changes.derived(FIGURE.WORDING, input.wording().value());
            }
        }
        return pipeline.write(FactType.FIGURE, Operation.CORRECT, null, problems,
                change -> updates.update(FigureRepository.FACTS, key, input.expectedVersion(), changes.changes(), change, problems)
                        ? key : null,
                (fact, errors) -> new FigurePayload((Figure) fact, errors));
    }

    private static boolean quantity(Integer quantity, InputProblems problems) {
        if (quantity == null || quantity < 0) {
            problems.add(UserErrorCode.INVALID, "'quantity' is a count: 0 or more.", "quantity");
            return false;
        }
        return true;
    }

    private static boolean verbatim(String wording, Sentence evidence, InputProblems problems) {
        if (!evidence.text().contains(wording)) {
            problems.add(UserErrorCode.NOT_IN_SOURCE, "The wording '%s' does not occur in the sentence it cites."
                    .formatted(wording), "wording");
            return false;
        }
        return true;
    }
}
