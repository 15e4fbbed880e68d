package org.diplograph.fact.write;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.diplograph.fact.Change;
import org.diplograph.fact.Fact;
import org.diplograph.fact.FactRegistration;
import org.diplograph.fact.FactType;
import org.diplograph.fact.Operation;
import org.diplograph.fact.RevisionLog;
import org.diplograph.fact.Writers;
import org.diplograph.graphql.InputProblems;
import org.diplograph.graphql.UserError;
import org.springframework.stereotype.Component;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one way a fact is written. Every mutation validates its whole input into {@link InputProblems} and hands the
 * pipeline what to write; the pipeline then keeps the rest of the sequence, in the caller's transaction:
 * <ol>
 *   <li>any problem: nothing is written, the payload carries the user errors;</li>
 *   <li>the write runs with one {@link Change} (who, when); a problem it finds while writing (a stale version)
 *       rolls the transaction back;</li>
 *   <li>the tables derived from the type's facts are brought up to date ({@link FactRegistration.Derived});</li>
 *   <li>the fact is read back as written, through its type's {@link FactRegistration};</li>
 *   <li>its revision is recorded, with the countries and actors it involves, and announced to subscribers after the
 *       commit ({@link RevisionLog}).</li>
 * </ol>
 * A writer cannot forget the derived tables, the revision or the announcement, and a fact type without a registration
 * fails on its first write and in {@code FactTypeRegistrationTest}. A correction of a fact with derived tables goes
 * through {@link #correct}, which names the fact before it changes, so that its old contribution can be taken out.
 */
@Component
public class WritePipeline {

    /**
     * The write itself: runs with the change and returns the key of the fact written, or null when it refused (having
     * added the reason to the mutation's problems).
     */
    @FunctionalInterface
    public interface Write {
        Long apply(Change change);
    }

    private final Map<FactType, FactRegistration> registrations = new EnumMap<>(FactType.class);
    private final RevisionLog revisions;

    WritePipeline(List<FactRegistration> registrations, RevisionLog revisions) {
        registrations.forEach(registration -> this.registrations.put(registration.table().type(), registration));
        this.revisions = revisions;
    }

    /** How the kernel handles a type of fact, or null when it has no registration. */
    public FactRegistration registration(FactType type) {
        return registrations.get(type);
    }

    /**
     * Runs the sequence in the mutation's transaction (its {@code @Transactional} method): a refusal found while
     * writing marks that transaction for rollback, which then ends quietly.
     */
    public <P> P write(FactType type, Operation operation, String reason, InputProblems problems, Write write,
                       BiFunction<Fact, List<UserError>, P> payload) {
        return run(type, operation, null, reason, problems, write, payload);
    }

    /** The same for a correction of the fact with this key, whose contribution to derived tables is read first. */
    public <P> P correct(FactType type, long key, String reason, InputProblems problems, Write write,
                         BiFunction<Fact, List<UserError>, P> payload) {
        return run(type, Operation.CORRECT, key, reason, problems, write, payload);
    }

    private <P> P run(FactType type, Operation operation, Long existing, String reason, InputProblems problems,
                      Write write, BiFunction<Fact, List<UserError>, P> payload) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("A fact is written inside the mutation's transaction");
        }
        if (problems.any()) {
            return payload.apply(null, problems.list());
        }
        FactRegistration registration = registrations.get(type);
        if (registration == null) {
            throw new IllegalStateException("No FactRegistration for the fact type " + type);
        }
        if (operation == Operation.CORRECT && existing == null && !registration.derived().isNone()) {
            throw new IllegalStateException("A correction of a " + type + " names its key: WritePipeline.correct");
        }
        Change change = Writers.now();
        Long key = writeKeepingDerived(registration.derived(), existing, write, change);
        if (key == null || problems.any()) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return payload.apply(null, problems.list());
        }
        Fact fact = registration.load().apply(key);
        revisions.record(fact, operation, change, reason, registration.involvement().apply(fact));
        return payload.apply(fact, List.of());
    }

    private static <S> Long writeKeepingDerived(FactRegistration.Derived<S> derived, Long existing, Write write,
                                                Change change) {
        S before = existing == null ? derived.nothing() : derived.before().apply(existing);
        Long key = write.apply(change);
        if (key != null) {
            derived.after().accept(key, before);
        }
        return key;
    }
}
