package org.diplograph.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.sql.schema.Tables.RATE_BUDGET;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.diplograph.graphql.execution.RateBudgets;
import org.diplograph.support.PostgresqlOnly;
import org.diplograph.support.WriteTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The budgets several instances share through PostgreSQL (on H2, one process, budgets are kept in memory): spending is
 * atomic however many instances spend at once, a window that has ended starts afresh, and the rows of ended windows
 * are deleted as spending goes on. Times are in 2000, so no budget of the running application is touched.
 */
@PostgresqlOnly
class SharedRateBudgetsTest extends WriteTest {

    private static final Instant MIDNIGHT = Instant.parse("2000-01-01T00:00:00Z");
    private static final Duration HOUR = Duration.ofHours(1);

    @Autowired
    private DSLContext dsl;

    @Test
    void twoInstancesSpendingOneBudgetAtOnceSpendExactlyItsLimit() throws Exception {
        List<RateBudgets> instances = List.of(new SharedRateBudgets(dsl), new SharedRateBudgets(dsl));
        int threads = 8;
        int spendsEach = 40;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> allowed = new ArrayList<>();
        for (int thread = 0; thread < threads; thread++) {
            RateBudgets instance = instances.get(thread % 2);
            allowed.add(pool.submit(() -> {
                start.await();
                int granted = 0;
                for (int i = 0; i < spendsEach; i++) {
                    if (instance.spend("address:concurrent", 1, 100, HOUR, MIDNIGHT).allowed()) {
                        granted++;
                    }
                }
                return granted;
            }));
        }
        start.countDown();
        int granted = 0;
        for (Future<Integer> each : allowed) {
            granted += each.get();
        }
        pool.shutdown();
        assertThat(granted).as("of %d requests against a budget of 100", threads * spendsEach).isEqualTo(100);
        assertThat(dsl.select(RATE_BUDGET.SPENT).from(RATE_BUDGET).where(RATE_BUDGET.CLIENT.eq("address:concurrent"))
                .fetchOne(RATE_BUDGET.SPENT)).isEqualTo(100L);
    }

    @Test
    void aSpentBudgetIsRefusedUntilItsWindowEndsThenStartsAfresh() {
        RateBudgets budgets = new SharedRateBudgets(dsl);
        for (int i = 0; i < 3; i++) {
            assertThat(budgets.spend("address:window", 1, 3, HOUR, MIDNIGHT.plusSeconds(i)).allowed()).isTrue();
        }
        RateBudgets.Spend refused = budgets.spend("address:window", 1, 3, HOUR, MIDNIGHT.plus(HOUR).minusSeconds(1));
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.resetAt()).isEqualTo(MIDNIGHT.plus(HOUR));

        RateBudgets.Spend afresh = budgets.spend("address:window", 1, 3, HOUR, MIDNIGHT.plus(HOUR));
        assertThat(afresh.allowed()).isTrue();
        assertThat(afresh.used()).isEqualTo(1);
        assertThat(afresh.resetAt()).isEqualTo(MIDNIGHT.plus(HOUR).plus(HOUR));
    }

    @Test
    void theRowsOfEndedWindowsAreDeletedAsSpendingGoesOn() {
        RateBudgets budgets = new SharedRateBudgets(dsl, 3);
        budgets.spend("address:seen-once", 1, 10, HOUR, MIDNIGHT);
        budgets.spend("address:still-here", 1, 10, HOUR, MIDNIGHT.plus(Duration.ofMinutes(90)));
        assertThat(rows("address:seen-once")).isEqualTo(1);

        budgets.spend("address:third", 1, 10, HOUR, MIDNIGHT.plus(Duration.ofMinutes(90)));

        assertThat(rows("address:seen-once")).as("its window ended an hour before").isZero();
        assertThat(rows("address:still-here")).as("its window is current").isEqualTo(1);
        assertThat(rows("address:third")).isEqualTo(1);
    }

    private int rows(String client) {
        return dsl.fetchCount(RATE_BUDGET, RATE_BUDGET.CLIENT.eq(client));
    }
}
