package org.diplograph.action;

import static org.diplograph.action.ActionTables.ACTION;
import static org.diplograph.action.ActionTables.EVENT_CODE;
import static org.diplograph.action.ActionTables.ID;
import static org.diplograph.action.ActionTables.INTENSITY;
import static org.diplograph.action.ActionTables.NEGATED;
import static org.diplograph.action.ActionTables.OCCURRED;
import static org.diplograph.action.ActionTables.PROVENANCE;
import static org.diplograph.action.ActionTables.QUAD_CLASS;
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

import org.diplograph.sql.DateRange;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
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

    /** Totals of a set of actions. */
    record Totals(int count, int cooperation, int conflict, BigDecimal intensity) {

        static final Totals ZERO = new Totals(0, 0, 0, BigDecimal.ZERO);

        Totals plus(Totals other) {
            return new Totals(count + other.count, cooperation + other.cooperation, conflict + other.conflict,
                    intensity.add(other.intensity));
        }

        Totals negate() {
            return new Totals(-count, -cooperation, -conflict, intensity.negate());
        }

        boolean isZero() {
            return count == 0 && cooperation == 0 && conflict == 0 && intensity.signum() == 0;
        }
    }

    record DayKey(String scope, LocalDate day) {
        static final Comparator<DayKey> ORDER = Comparator.comparing(DayKey::scope).thenComparing(DayKey::day);
    }

    record CodeKey(String scope, String code) {
        static final Comparator<CodeKey> ORDER = Comparator.comparing(CodeKey::scope).thenComparing(CodeKey::code);
    }

    /** What some actions add to the roll-ups, by (scope, day) and by (scope, event code). */
    public record Contribution(Map<DayKey, Totals> days, Map<CodeKey, Totals> codes) {

        public static final Contribution NONE = new Contribution(Map.of(), Map.of());
    }

    /** Where a scope's actions stand: totals over every one, and the first and last day of the dated ones. */
    public record ScopeTotals(int events, int cooperation, int conflict, double intensity, LocalDate first,
                              LocalDate last) {
    }

    private final DSLContext dsl;

    ActionRollups(DSLContext dsl) {
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
    Contribution of(Condition actions) {
        return contributionOf(actions.and(PROVENANCE.live()));
    }

    /** What the actions matching the condition contribute, counting them as live: for the moment they are retracted. */
    Contribution ofRetracted(Condition actions) {
        return contributionOf(actions);
    }

    private Contribution contributionOf(Condition actions) {
        Map<Long, Record> rows = new HashMap<>();
        for (Record row : dsl.select(ID, OCCURRED.on(), EVENT_CODE, NEGATED, QUAD_CLASS, INTENSITY).from(ACTION)
                .where(actions).fetch()) {
            rows.put(row.get(ID), row);
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
        Map<DayKey, Totals> days = new HashMap<>();
        Map<CodeKey, Totals> codes = new HashMap<>();
        for (Record action : rows.values()) {
            boolean actual = !action.get(NEGATED);
            short quad = action.get(QUAD_CLASS);
            Totals one = new Totals(1, actual && quad <= 2 ? 1 : 0, actual && quad >= 3 ? 1 : 0, action.get(INTENSITY));
            LocalDate day = action.get(OCCURRED.on());
            for (String scope : scopes(involvement.getOrDefault(action.get(ID), List.of()))) {
                if (day != null) {
                    days.merge(new DayKey(scope, day), one, Totals::plus);
                }
                codes.merge(new CodeKey(scope, action.get(EVENT_CODE)), one, Totals::plus);
            }
        }
        return new Contribution(days, codes);
    }

    /** Every scope an action counts in, given the countries involved in it and their roles. */
    private static List<String> scopes(List<Record> countries) {
        List<String> scopes = new ArrayList<>();
        scopes.add(ALL);
        for (Record country : countries) {
            scopes.add(countryScope(country.get(ACTION_COUNTRY.COUNTRY_CODE)));
        }
        for (Record one : countries) {
            for (Record other : countries) {
                String a = one.get(ACTION_COUNTRY.COUNTRY_CODE);
                String b = other.get(ACTION_COUNTRY.COUNTRY_CODE);
                boolean oneActsOnOther = one.get(ACTION_COUNTRY.AS_ACTOR)
                        && (other.get(ACTION_COUNTRY.AS_RECIPIENT) || other.get(ACTION_COUNTRY.AS_AFFECTED));
                boolean otherActsOnOne = other.get(ACTION_COUNTRY.AS_ACTOR)
                        && (one.get(ACTION_COUNTRY.AS_RECIPIENT) || one.get(ACTION_COUNTRY.AS_AFFECTED));
                if (a.compareTo(b) < 0 && (oneActsOnOther || otherActsOnOne)) {
                    scopes.add(pairScope(a, b));
                }
            }
        }
        return scopes;
    }

    /**
     * Adds the difference between two contributions of the same actions, in key order so that concurrent writes lock
     * shared rows (the "all" scope of a busy day) in the same order.
     */
    void apply(Contribution before, Contribution after) {
        List<Query> upserts = new ArrayList<>();
        difference(before.days(), after.days(), DayKey.ORDER).forEach((key, delta) -> upserts.add(upsert(
                ACTION_DAY_TOTALS, Map.of(ACTION_DAY_TOTALS.SCOPE, key.scope(), ACTION_DAY_TOTALS.OCCURRED_ON, key.day()),
                ACTION_DAY_TOTALS.ACTION_COUNT, ACTION_DAY_TOTALS.COOPERATION_COUNT, ACTION_DAY_TOTALS.CONFLICT_COUNT,
                ACTION_DAY_TOTALS.TOTAL_INTENSITY, delta)));
        difference(before.codes(), after.codes(), CodeKey.ORDER).forEach((key, delta) -> upserts.add(upsert(
                ACTION_CODE_TOTALS, Map.of(ACTION_CODE_TOTALS.SCOPE, key.scope(), ACTION_CODE_TOTALS.EVENT_CODE, key.code()),
                ACTION_CODE_TOTALS.ACTION_COUNT, ACTION_CODE_TOTALS.COOPERATION_COUNT, ACTION_CODE_TOTALS.CONFLICT_COUNT,
                ACTION_CODE_TOTALS.TOTAL_INTENSITY, delta)));
        if (!upserts.isEmpty()) {
            dsl.batch(upserts).execute();
        }
    }

    /** Adds a delta to the totals row with the key, creating the row when there is none yet. */
    private Query upsert(Table<?> table, Map<Field<?>, Object> key, Field<Integer> count, Field<Integer> cooperation,
                         Field<Integer> conflict, Field<BigDecimal> intensity, Totals delta) {
        return dsl.insertInto(table).set(key)
                .set(count, delta.count()).set(cooperation, delta.cooperation()).set(conflict, delta.conflict())
                .set(intensity, delta.intensity())
                .onConflict(key.keySet()).doUpdate()
                .set(count, count.plus(delta.count()))
                .set(cooperation, cooperation.plus(delta.cooperation()))
                .set(conflict, conflict.plus(delta.conflict()))
                .set(intensity, intensity.plus(delta.intensity()));
    }

    private static <K> Map<K, Totals> difference(Map<K, Totals> before, Map<K, Totals> after, Comparator<K> order) {
        Map<K, Totals> changes = new TreeMap<>(order);
        after.forEach((key, totals) -> changes.merge(key, totals, Totals::plus));
        before.forEach((key, totals) -> changes.merge(key, totals.negate(), Totals::plus));
        changes.values().removeIf(Totals::isZero);
        return changes;
    }

    /**
     * The totals of a scope per day, or per month when the series is monthly, on the days in the range (every day when
     * null) that have actions. Months are summed by the database: a decade of days stays in it, twelve rows a year
     * come out. Weeks are summed from days by the caller, because H2 and PostgreSQL start weeks on different days.
     */
    List<IntensityPoint> periodTotals(String scope, DateRange range, SeriesInterval interval, String path) {
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
    Map<String, Totals> codeTotals(String scope) {
        Map<String, Totals> totals = new HashMap<>();
        dsl.select(ACTION_CODE_TOTALS.EVENT_CODE, ACTION_CODE_TOTALS.ACTION_COUNT, ACTION_CODE_TOTALS.COOPERATION_COUNT,
                        ACTION_CODE_TOTALS.CONFLICT_COUNT, ACTION_CODE_TOTALS.TOTAL_INTENSITY)
                .from(ACTION_CODE_TOTALS)
                .where(ACTION_CODE_TOTALS.SCOPE.eq(scope)).and(ACTION_CODE_TOTALS.ACTION_COUNT.gt(0))
                .forEach(row -> totals.put(row.value1(), new Totals(row.value2(), row.value3(), row.value4(), row.value5())));
        return totals;
    }

    /** The number of live actions in a scope. */
    int count(String scope) {
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
