package org.diplograph.sql;

import static org.diplograph.sql.schema.Tables.RATE_BUDGET;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

import org.diplograph.graphql.ServiceUnavailableException;
import org.diplograph.graphql.execution.RateBudgets;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record3;
import org.jooq.impl.DSL;

/**
 * Budgets kept in the database, so that every instance draws on the same one: a request's cost is added, or refused,
 * by one INSERT ... ON CONFLICT DO UPDATE, atomic however many instances spend at once. Every expression of the
 * update reads the row as it stood before it.
 */
public final class SharedRateBudgets implements RateBudgets {

    /** Every this many spends, this instance deletes the rows of windows that have ended. */
    private static final int PRUNE_EVERY = 10_000;

    private final DSLContext dsl;
    private final int pruneEvery;
    private final AtomicLong spends = new AtomicLong();

    public SharedRateBudgets(DSLContext dsl) {
        this(dsl, PRUNE_EVERY);
    }

    SharedRateBudgets(DSLContext dsl, int pruneEvery) {
        this.dsl = dsl;
        this.pruneEvery = pruneEvery;
    }

    /** On the primary even inside a query that reads from a replica: a budget is written, and must be current. */
    @Override
    public Spend spend(String client, long cost, long limit, Duration window, Instant now) {
        try {
            return ReplicaReads.onPrimary(() -> spendOnPrimary(client, cost, limit, window, now));
        } catch (RuntimeException failed) {
            if (DatabaseOutages.isOutage(failed)) {
                throw new ServiceUnavailableException(failed);
            }
            throw failed;
        }
    }

    private Spend spendOnPrimary(String client, long cost, long limit, Duration window, Instant now) {
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        if (spends.incrementAndGet() % pruneEvery == 0) {
            // A client seen once (an address) would otherwise keep its row forever.
            dsl.deleteFrom(RATE_BUDGET).where(RATE_BUDGET.WINDOW_STARTED.le(at.minus(window))).execute();
        }
        Field<OffsetDateTime> started = RATE_BUDGET.WINDOW_STARTED;
        Field<Long> spent = RATE_BUDGET.SPENT;
        Condition windowOver = started.le(at.minus(window));
        Condition fits = spent.plus(cost).le(limit);
        Record3<OffsetDateTime, Long, Boolean> row = dsl.insertInto(RATE_BUDGET)
                .set(RATE_BUDGET.CLIENT, client)
                .set(started, at)
                .set(spent, cost <= limit ? cost : 0)
                .set(RATE_BUDGET.LAST_REFUSED, cost > limit)
                .onConflict(RATE_BUDGET.CLIENT).doUpdate()
                .set(spent, DSL.when(windowOver, DSL.val(cost <= limit ? cost : 0)).when(fits, spent.plus(cost))
                        .otherwise(spent))
                .set(RATE_BUDGET.LAST_REFUSED, DSL.when(windowOver, DSL.val(cost > limit)).otherwise(DSL.field(fits.not())))
                .set(started, DSL.when(windowOver, DSL.val(at)).otherwise(started))
                .returningResult(started, spent, RATE_BUDGET.LAST_REFUSED)
                .fetchOne();
        return new Spend(limit, cost, row.value2(), row.value1().toInstant().plus(window), !row.value3());
    }
}
