package org.diplograph.action;

import static org.diplograph.action.ActionTables.OCCURRED;
import static org.diplograph.action.ActionTables.PROVENANCE;
import static org.diplograph.sql.schema.Tables.ACTION;
import static org.diplograph.sql.schema.Tables.ACTION_CODE_TOTALS;
import static org.diplograph.sql.schema.Tables.ACTION_COUNTRY;
import static org.diplograph.sql.schema.Tables.ACTION_DAY_TOTALS;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.sum;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.diplograph.sql.filter.DateRange;
import org.jooq.BatchBindStep;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * The roll-ups of migration V14: totals of the live actions per scope (everything, a country, a pair of countries) and
 * day, and per scope and event code. Writes keep them exact by taking what the actions they touch contribute before
 * the change and after it, and adding the difference, in the write's transaction; aggregates then read a few thousand
 * rows whatever the number of actions.
 */
@Repository
public class ActionRollups {

    static final String ALL = "all";
    /** Rows per JDBC batch of upserts: bounds what the driver holds of a chunk of an import. */
    private static final int ROWS_PER_BATCH = 1000;

    /** The totals of a set of actions. */
    public record RollupTotals(int count, int cooperation, int conflict, BigDecimal intensity) {

        static final RollupTotals ZERO = new RollupTotals(0, 0, 0, BigDecimal.ZERO);

        public RollupTotals plus(RollupTotals other) {
            return new RollupTotals(count + other.count, cooperation + other.cooperation, conflict + other.conflict,
                    intensity.add(other.intensity));
        }

        public RollupTotals negate() {
            return new RollupTotals(-count, -cooperation, -conflict, intensity.negate());
        }

        public boolean isZero() {
            return count == 0 && cooperation == 0 && conflict == 0 && intensity.signum() == 0;
        }
    }

    public record DayKey(String scope, LocalDate day) {
        static final Comparator<DayKey> ORDER = Comparator.comparing(DayKey::scope).thenComparing(DayKey::day);
    }

    public record CodeKey(String scope, String code) {
        static final Comparator<CodeKey> ORDER = Comparator.comparing(CodeKey::scope).thenComparing(CodeKey::code);
    }

    /** What some actions add to the roll-ups, by (scope, day) and by (scope, event code). */
    public record Contribution(Map<DayKey, RollupTotals> days, Map<CodeKey, RollupTotals> codes) {

        public static final Contribution NONE = new Contribution(Map.of(), Map.of());
    }

    /** Where a scope's actions stand: totals over every one, and the first and last day of the dated ones. */
    public record ScopeTotals(int events, int cooperation, int conflict, double intensity, LocalDate first,
                              LocalDate last) {
    }

    private final DSLContext dsl;

    public ActionRollups(DSLContext dsl) {
        this.dsl = dsl;
    }

    public static String countryScope(String country) {
        return "country:" + country;
    }

    /** The scope of the actions between two countries: the same whichever is named first. */
    public static String pairScope(String one, String other) {
        return one.compareTo(other) < 0 ? "between:" + one + ":" + other : "between:" + other + ":" + one;
    }

    /** What the live actions matching the condition contribute now. */
    public Contribution of(Condition actions) {
        return contributionOf(actions.and(PROVENANCE.live()));
    }

    /** What the actions matching the condition contribute, counting them as live: for the moment they are retracted. */
    public Contribution ofRetracted(Condition actions) {
        return contributionOf(actions);
    }

    private Contribution contributionOf(Condition actions) {
        Map<Long, Record> rows = new HashMap<>();
        for (Record row : dsl.select(ACTION.ID, OCCURRED.on(), ACTION.EVENT_CODE, ACTION.NEGATED, ACTION.QUAD_CLASS, ACTION.INTENSITY).from(ACTION)
                .where(actions).fetch()) {
            rows.put(row.get(ACTION.ID), row);
        }
        if (rows.isEmpty()) {
            return Contribution.NONE;
        }
        Map<Long, List<Record>> involvement = new HashMap<>();
        for (Record row : dsl.select(ACTION_COUNTRY.ACTION_ID, ACTION_COUNTRY.COUNTRY_CODE, ACTION_COUNTRY.AS_ACTOR,
                        ACTION_COUNTRY.AS_RECIPIENT, ACTION_COUNTRY.AS_AFFECTED)
                .from(ACTION_COUNTRY).where(ACTION_COUNTRY.ACTION_ID.in(rows.keySet())).fetch()) {
            involvement.computeIfAbsent(row.get(ACTION_COUNTRY.ACTION_ID), key -> new ArrayList<>()).add(row);
        }
        List<CountedAction> counted = new ArrayList<>(rows.size());
        for (Record action : rows.values()) {
            List<CountedAction.CountryRoles> countries = involvement.getOrDefault(action.get(ACTION.ID), List.<Record>of()).stream()
                    .map(row -> new CountedAction.CountryRoles(row.get(ACTION_COUNTRY.COUNTRY_CODE), row.get(ACTION_COUNTRY.AS_ACTOR),
                            row.get(ACTION_COUNTRY.AS_RECIPIENT), row.get(ACTION_COUNTRY.AS_AFFECTED)))
                    .toList();
            counted.add(new CountedAction(action.get(OCCURRED.on()), action.get(ACTION.EVENT_CODE), action.get(ACTION.NEGATED),
                    action.get(ACTION.QUAD_CLASS), action.get(ACTION.INTENSITY), countries));
        }
        return contributionOf(counted);
    }

    /** What these actions contribute, from their values alone: for actions being written, before any read. */
    public static Contribution contributionOf(List<CountedAction> actions) {
        Map<DayKey, RollupTotals> days = new HashMap<>();
        Map<CodeKey, RollupTotals> codes = new HashMap<>();
        for (CountedAction action : actions) {
            boolean actual = !action.negated();
            short quad = action.quadClass();
            RollupTotals one = new RollupTotals(1, actual && quad <= 2 ? 1 : 0, actual && quad >= 3 ? 1 : 0, action.intensity());
            for (String scope : scopes(action.countries())) {
                if (action.day() != null) {
                    days.merge(new DayKey(scope, action.day()), one, RollupTotals::plus);
                }
                codes.merge(new CodeKey(scope, action.code()), one, RollupTotals::plus);
            }
        }
        return new Contribution(days, codes);
    }

    /** Every scope an action counts in, given the countries involved in it and their roles. */
    private static List<String> scopes(List<CountedAction.CountryRoles> countries) {
        List<String> scopes = new ArrayList<>();
        scopes.add(ALL);
        for (CountedAction.CountryRoles country : countries) {
            scopes.add(countryScope(country.country()));
        }
        for (CountedAction.CountryRoles one : countries) {
            for (CountedAction.CountryRoles other : countries) {
                boolean oneActsOnOther = one.asActor() && (other.asRecipient() || other.asAffected());
                boolean otherActsOnOne = other.asActor() && (one.asRecipient() || one.asAffected());
                if (one.country().compareTo(other.country()) < 0 && (oneActsOnOther || otherActsOnOne)) {
                    scopes.add(pairScope(one.country(), other.country()));
                }
            }
        }
        return scopes;
    }

    /**
     * Adds the difference between two contributions of the same actions, in key order so that concurrent writes lock
     * shared rows (the "all" scope of a busy day) in the same order: two batches of upserts, whatever the number of
     * rows touched (an import's chunk touches thousands).
     */
    public void apply(Contribution before, Contribution after) {
        List<Object[]> days = new ArrayList<>();
        difference(before.days(), after.days(), DayKey.ORDER).forEach((key, delta) ->
                days.add(new Object[] {key.scope(), key.day(), delta}));
        List<Object[]> codes = new ArrayList<>();
        difference(before.codes(), after.codes(), CodeKey.ORDER).forEach((key, delta) ->
                codes.add(new Object[] {key.scope(), key.code(), delta}));
        upsert(ACTION_DAY_TOTALS, ACTION_DAY_TOTALS.SCOPE, ACTION_DAY_TOTALS.OCCURRED_ON, ACTION_DAY_TOTALS.ACTION_COUNT,
                ACTION_DAY_TOTALS.COOPERATION_COUNT, ACTION_DAY_TOTALS.CONFLICT_COUNT, ACTION_DAY_TOTALS.TOTAL_INTENSITY,
                days);
        upsert(ACTION_CODE_TOTALS, ACTION_CODE_TOTALS.SCOPE, ACTION_CODE_TOTALS.EVENT_CODE,
                ACTION_CODE_TOTALS.ACTION_COUNT, ACTION_CODE_TOTALS.COOPERATION_COUNT, ACTION_CODE_TOTALS.CONFLICT_COUNT,
                ACTION_CODE_TOTALS.TOTAL_INTENSITY, codes);
    }

    /**
     * Adds each delta to the totals row with its key, creating the rows there are none of yet: one single-row upsert
     * prepared once and run for every row as a JDBC batch (a multi-row one costs H2, which emulates it with a MERGE of a
     * UNION, a parse that grows with the square of its rows).
     */
    private <K> void upsert(Table<?> table, Field<String> scope, Field<K> key, Field<Integer> count,
                        Field<Integer> cooperation, Field<Integer> conflict, Field<BigDecimal> intensity,
                        List<Object[]> deltas) {
        if (deltas.isEmpty()) {
            return;
        }
        var upsert = dsl.insertInto(table, scope, key, count, cooperation, conflict, intensity)
                .values((String) null, null, null, null, null, null)
                .onConflict(scope, key).doUpdate()
                .set(count, count.plus(DSL.excluded(count)))
                .set(cooperation, cooperation.plus(DSL.excluded(cooperation)))
                .set(conflict, conflict.plus(DSL.excluded(conflict)))
                .set(intensity, intensity.plus(DSL.excluded(intensity)));
        for (int from = 0; from < deltas.size(); from += ROWS_PER_BATCH) {
            BatchBindStep batch = dsl.batch(upsert);
            for (Object[] row : deltas.subList(from, Math.min(deltas.size(), from + ROWS_PER_BATCH))) {
                RollupTotals delta = (RollupTotals) row[2];
                batch = batch.bind(row[0], key.getDataType().convert(row[1]), delta.count(), delta.cooperation(),
                        delta.conflict(), delta.intensity());
            }
            batch.execute();
        }
    }

    private static <K> Map<K, RollupTotals> difference(Map<K, RollupTotals> before, Map<K, RollupTotals> after, Comparator<K> order) {
        Map<K, RollupTotals> changes = new TreeMap<>(order);
        after.forEach((key, totals) -> changes.merge(key, totals, RollupTotals::plus));
        before.forEach((key, totals) -> changes.merge(key, totals.negate(), RollupTotals::plus));
        changes.values().removeIf(RollupTotals::isZero);
        return changes;
    }

    /**
     * The totals of a scope per day, or per month when the series is monthly, on the days in the range (every day when
     * null) that have actions. Months are summed by the database: a decade of days stays in it, twelve rows a year
     * come out. Weeks are summed from days by the caller, because H2 and PostgreSQL start weeks on different days.
     */
    public List<IntensityPoint> periodTotals(String scope, DateRange range, SeriesInterval interval, String path) {
        Condition rows = ACTION_DAY_TOTALS.SCOPE.eq(scope).and(ACTION_DAY_TOTALS.ACTION_COUNT.gt(0))
                .and(DateRange.containsOrAll(range, ACTION_DAY_TOTALS.OCCURRED_ON, path));
        if (interval != SeriesInterval.MONTH) {
            return dsl.select(ACTION_DAY_TOTALS.OCCURRED_ON, ACTION_DAY_TOTALS.ACTION_COUNT,
                            ACTION_DAY_TOTALS.COOPERATION_COUNT, ACTION_DAY_TOTALS.CONFLICT_COUNT,
                            ACTION_DAY_TOTALS.TOTAL_INTENSITY)
                    .from(ACTION_DAY_TOTALS).where(rows)
                    .fetch(row -> new IntensityPoint(row.value1(), row.value2(), row.value3(), row.value4(),
                            row.value5().doubleValue()));
        }
        // Year and month numbers group the same way on every database; date truncation is spelled differently.
        Field<Integer> year = DSL.year(ACTION_DAY_TOTALS.OCCURRED_ON);
        Field<Integer> month = DSL.month(ACTION_DAY_TOTALS.OCCURRED_ON);
        return dsl.select(year, month, sum(ACTION_DAY_TOTALS.ACTION_COUNT), sum(ACTION_DAY_TOTALS.COOPERATION_COUNT),
                        sum(ACTION_DAY_TOTALS.CONFLICT_COUNT), sum(ACTION_DAY_TOTALS.TOTAL_INTENSITY))
                .from(ACTION_DAY_TOTALS).where(rows)
                .groupBy(year, month)
                .fetch(row -> new IntensityPoint(LocalDate.of(row.value1(), row.value2(), 1), number(row.value3()),
                        number(row.value4()), number(row.value5()), row.value6().doubleValue()));
    }

    /** The per-code totals of a scope, for the codes with actions. */
    public Map<String, RollupTotals> codeTotals(String scope) {
        Map<String, RollupTotals> totals = new HashMap<>();
        dsl.select(ACTION_CODE_TOTALS.EVENT_CODE, ACTION_CODE_TOTALS.ACTION_COUNT, ACTION_CODE_TOTALS.COOPERATION_COUNT,
                        ACTION_CODE_TOTALS.CONFLICT_COUNT, ACTION_CODE_TOTALS.TOTAL_INTENSITY)
                .from(ACTION_CODE_TOTALS)
                .where(ACTION_CODE_TOTALS.SCOPE.eq(scope)).and(ACTION_CODE_TOTALS.ACTION_COUNT.gt(0))
                .forEach(row -> totals.put(row.value1(), new RollupTotals(row.value2(), row.value3(), row.value4(), row.value5())));
        return totals;
    }

    /** The number of live actions in a scope. */
    public int count(String scope) {
        return number(dsl.select(sum(ACTION_CODE_TOTALS.ACTION_COUNT)).from(ACTION_CODE_TOTALS)
                .where(ACTION_CODE_TOTALS.SCOPE.eq(scope)).fetchOne().value1());
    }

    /** A scope's totals in two index reads, for the bilateral relation's summary. */
    public ScopeTotals totalsOf(String scope) {
        var codes = dsl.select(sum(ACTION_CODE_TOTALS.ACTION_COUNT), sum(ACTION_CODE_TOTALS.COOPERATION_COUNT),
                        sum(ACTION_CODE_TOTALS.CONFLICT_COUNT), sum(ACTION_CODE_TOTALS.TOTAL_INTENSITY))
                .from(ACTION_CODE_TOTALS).where(ACTION_CODE_TOTALS.SCOPE.eq(scope)).fetchOne();
        var days = dsl.select(min(ACTION_DAY_TOTALS.OCCURRED_ON), max(ACTION_DAY_TOTALS.OCCURRED_ON))
                .from(ACTION_DAY_TOTALS)
                .where(ACTION_DAY_TOTALS.SCOPE.eq(scope)).and(ACTION_DAY_TOTALS.ACTION_COUNT.gt(0)).fetchOne();
        return new ScopeTotals(number(codes.value1()), number(codes.value2()), number(codes.value3()),
                codes.value4() == null ? 0.0 : codes.value4().doubleValue(), days.value1(), days.value2());
    }

    private static int number(BigDecimal sum) {
        return sum == null ? 0 : sum.intValueExact();
    }

}
