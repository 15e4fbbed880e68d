package org.diplograph.fact;

import org.diplograph.fact.Writers;
import org.diplograph.fact.VersionedUpdates;
import org.diplograph.fact.RevisionLog;
import org.diplograph.fact.RetractFactInput;
import org.diplograph.fact.Operation;
import org.diplograph.fact.FactType;
import org.diplograph.fact.FactRegistration;
import org.diplograph.fact.FactPayload;
import org.diplograph.fact.Fact;
import org.diplograph.fact.Change;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.diplograph.graphql.GlobalId;
import org.diplograph.graphql.InputProblems;
import org.diplograph.graphql.InvalidInputException;
import org.diplograph.graphql.UserErrorCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Retracts any fact: a versioned soft delete, recorded in the audit trail and announced to subscribers. */
@Service
public class Retractions {

    private final Map<FactType, FactRegistration> registrations = new EnumMap<>(FactType.class);
    private final VersionedUpdates updates;
    private final RevisionLog revisions;

    Retractions(List<FactRegistration> registrations, VersionedUpdates updates, RevisionLog revisions) {
        registrations.forEach(registration -> this.registrations.put(registration.table().type(), registration));
        this.updates = updates;
        this.revisions = revisions;
    }

    @Transactional
    public FactPayload retract(RetractFactInput input) {
        InputProblems problems = new InputProblems();
        FactRegistration registration = null;
        long key = 0;
        try {
            GlobalId id = GlobalId.decode(input.id());
            registration = java.util.Arrays.stream(FactType.values()).filter(type -> type.nodeType() == id.type())
                    .findFirst().map(registrations::get).orElse(null);
            if (registration == null) {
                problems.add(UserErrorCode.WRONG_TYPE, "'%s' is the id of a %s, which cannot be retracted."
                        .formatted(input.id(), id.type().typeName()), "id");
            } else {
                key = id.numericKey();
            }
        } catch (InvalidInputException malformed) {
            problems.add(UserErrorCode.INVALID, "'%s' is not a valid global id.".formatted(input.id()), "id");
        }
        problems.text(input.reason(), 1000, "reason");
        if (problems.any()) {
            return new FactPayload(null, problems.list());
        }
        Change change = Writers.now();
        if (!updates.retract(registration.table(), key, input.expectedVersion(), change, input.reason(), problems)) {
            return new FactPayload(null, problems.list());
        }
        registration.afterRetract().accept(key);
        Fact fact = registration.load().apply(key);
        revisions.record(fact, Operation.RETRACT, change, input.reason(), registration.involvement().apply(fact));
        return new FactPayload(fact, List.of());
    }

    /** How the machinery handles a type of fact. */
    public FactRegistration registration(FactType type) {
        return registrations.get(type);
    }
}
