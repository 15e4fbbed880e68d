package org.diplograph.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.diplograph.graphql.execution.InProcessRateBudgets;
import org.diplograph.graphql.execution.RateBudgets;
import org.diplograph.support.DatabaseIndependent;
import org.junit.jupiter.api.Test;

/** Budgets kept in process: a window's points are spent or refused whole, a new window starts whole. */
@DatabaseIndependent
class InProcessRateBudgetsTest {

    private static final Duration HOUR = Duration.ofHours(1);
    private static final Instant NOON = Instant.parse("2026-12-02T12:00:00Z");

    @Test
    void aCostThatDoesNotFitIsRefusedAndSpendsNothingUntilTheWindowEnds() {
        InProcessRateBudgets budgets = new InProcessRateBudgets();
        assertThat(budgets.spend("key:a", 70, 100, HOUR, NOON).allowed()).isTrue();
        RateBudgets.Spend refused = budgets.spend("key:a", 40, 100, HOUR, NOON.plusSeconds(60));
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.used()).isEqualTo(70);
        assertThat(refused.resetAt()).isEqualTo(NOON.plus(HOUR));
        assertThat(budgets.spend("key:b", 40, 100, HOUR, NOON).allowed()).as("another client's budget").isTrue();
        RateBudgets.Spend renewed = budgets.spend("key:a", 40, 100, HOUR, NOON.plus(HOUR));
        assertThat(renewed.allowed()).isTrue();
        assertThat(renewed.used()).isEqualTo(40);
    }

    @Test
    void clientsWhoseWindowEndedAreForgottenOnceThereAreMany() {
        InProcessRateBudgets budgets = new InProcessRateBudgets();
        for (int client = 0; client < 10_001; client++) {
            budgets.spend("address:10.0." + client, 1, 100, HOUR, NOON);
        }
        budgets.spend("address:late", 1, 100, HOUR, NOON.plus(HOUR));
        // The early clients start afresh: their old windows were dropped, not carried on.
        RateBudgets.Spend early = budgets.spend("address:10.0.1", 1, 100, HOUR, NOON.plus(HOUR));
        assertThat(early.used()).isEqualTo(1);
        assertThat(budgets.clients()).isEqualTo(2);
    }
}
