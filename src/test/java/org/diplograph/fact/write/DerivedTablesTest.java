package org.diplograph.fact.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.diplograph.fact.Fact;
import org.diplograph.fact.FactRegistration;
import org.diplograph.fact.FactTable;
import org.diplograph.fact.FactType;
import org.diplograph.fact.Involvement;
import org.diplograph.fact.Operation;
import org.diplograph.fact.RevisionLog;
import org.diplograph.graphql.InputProblems;
import org.diplograph.support.DatabaseIndependent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The tables derived from a type's facts are the pipeline's to keep, not each writer's: whatever a write does, the
 * pipeline reads the fact's old contribution before a correction, and brings the derived tables up to date after
 * every write, new or corrected, in the write's transaction. A correction that does not name its fact is refused,
 * since its old contribution could not be taken out.
 */
@DatabaseIndependent
class DerivedTablesTest {

    private final List<String> calls = new ArrayList<>();
    private WritePipeline pipeline;

    @BeforeEach
    void aTypeWithDerivedTablesInATransaction() {
        FactRegistration.Derived<String> derived = new FactRegistration.Derived<>(
                key -> {
                    calls.add("before " + key);
                    return "contribution of " + key;
                },
                "nothing", (key, before) -> calls.add("after " + key + " taking out " + before));
        Fact fact = mock(Fact.class);
        FactRegistration registration = new FactRegistration(new FactTable(FactType.ACTION, null, null, null),
                key -> fact, key -> { }, written -> new Involvement(Set.of(), Set.of()), derived);
        pipeline = new WritePipeline(List.of(registration), mock(RevisionLog.class));
        TransactionSynchronizationManager.setActualTransactionActive(true);
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("tester", null, "write"));
    }

    @AfterEach
    void endTheTransaction() {
        TransactionSynchronizationManager.setActualTransactionActive(false);
        SecurityContextHolder.clearContext();
    }

    @Test
    void aNewFactIsAddedToTheDerivedTablesOnceWritten() {
        pipeline.write(FactType.ACTION, Operation.RECORD, null, new InputProblems(), change -> {
            calls.add("write");
            return 7L;
        }, (fact, errors) -> fact);

        assertThat(calls).containsExactly("write", "after 7 taking out nothing");
    }

    @Test
    void aCorrectionTakesOutWhatTheFactContributedBeforeItChanged() {
        pipeline.correct(FactType.ACTION, 7L, null, new InputProblems(), change -> {
            calls.add("write");
            return 7L;
        }, (fact, errors) -> fact);

        assertThat(calls).containsExactly("before 7", "write", "after 7 taking out contribution of 7");
    }

    @Test
    void aCorrectionThatDoesNotNameItsFactIsRefusedBeforeAnythingIsWritten() {
        assertThatThrownBy(() -> pipeline.write(FactType.ACTION, Operation.CORRECT, null, new InputProblems(),
                change -> {
                    calls.add("write");
                    return 7L;
                }, (fact, errors) -> fact)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("WritePipeline.correct");
        assertThat(calls).isEmpty();
    }
}
