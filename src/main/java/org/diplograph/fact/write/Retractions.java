package org.diplograph.fact.write;

import static org.diplograph.sql.schema.Tables.REVISION;

import java.util.Arrays;

import org.diplograph.fact.FactPayload;
import org.diplograph.fact.FactRegistration;
import org.diplograph.fact.FactType;
import org.diplograph.fact.Operation;
import org.diplograph.graphql.InputProblems;
import org.diplograph.graphql.InvalidInputException;
import org.diplograph.graphql.UserErrorCode;
import org.diplograph.graphql.node.GlobalId;
import org.diplograph.sql.ColumnLengths;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Retracts any fact: a versioned soft delete, recorded in the audit trail and announced to subscribers. */
@Service
public class Retractions {

    private final WritePipeline pipeline;
    private final VersionedUpdates updates;

    public Retractions(WritePipeline pipeline, VersionedUpdates updates) {
        this.pipeline = pipeline;
        this.updates = updates;
    }

    @Transactional
    public FactPayload retract(RetractFactInput input) {
        InputProblems problems = new InputProblems();
        FactRegistration registration = null;
        long key = 0;
        try {
            GlobalId id = GlobalId.decode(input.id());
            registration = Arrays.stream(FactType.values()).filter(type -> type.nodeType() == id.type())
                    .findFirst().map(pipeline::registration).orElse(null);
            if (registration == null) {
                problems.add(UserErrorCode.WRONG_TYPE, "'%s' is the id of a %s, which cannot be retracted."
                        .formatted(input.id(), id.type().typeName()), "id");
            } else {
                key = id.numericKey();
            }
        } catch (InvalidInputException malformed) {
            problems.add(UserErrorCode.INVALID, "'%s' is not a valid global id.".formatted(input.id()), "id");
        }
        problems.text(input.reason(), ColumnLengths.of(REVISION.REASON), "reason");
        FactRegistration retracted = registration;
        long retractedKey = key;
        return pipeline.write(retracted == null ? null : retracted.table().type(), Operation.RETRACT, input.reason(), problems,
                change -> {
                    if (!updates.retract(retracted.table(), retractedKey, input.expectedVersion(), change, input.reason(),
                            problems)) {
                        return null;
                    }
                    retracted.afterRetract().accept(retractedKey);
                    return retractedKey;
                }, FactPayload::new);
    }

    /** How the machinery handles a type of fact. */
    public FactRegistration registration(FactType type) {
        return pipeline.registration(type);
    }
}
