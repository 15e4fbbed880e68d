package org.diplograph.action;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.diplograph.action.code.EventCode;
import org.diplograph.action.code.EventTaxonomy;
import org.diplograph.action.code.QuadClass;
import org.diplograph.sql.filter.DateRange;
import org.jooq.Condition;
import org.springframework.stereotype.Service;

/**
 * The aggregates an analyst asks of a set of actions: counts by category and the cooperation–conflict series. Read from
 * the roll-ups when one answers the filter exactly (everything, one country, a pair of countries), from the raw rows
 * otherwise.
 */
@Service
public class ActionAggregates {

    private static final String PATH = "filter";

    private final ActionRepository actions;
    private final EventTaxonomy taxonomy;
    private final ActionFilters filters;
    private final ActionRollups rollups;

    public ActionAggregates(ActionRepository actions, EventTaxonomy taxonomy, ActionFilters filters,
                     ActionRollups rollups) {
        this.actions = actions;
        this.taxonomy = taxonomy;
        this.filters = filters;
        this.rollups = rollups;
    }

    public List<ActionCount> counts(ActionFilter filter, ActionGrouping grouping) {
        Condition condition = filters.compile(filter, PATH);
        Optional<String> scope = filters.rollupScope(filter, PATH, false);
        return scope.isPresent() ? countsOf(rollups.codeTotals(scope.get()), grouping) : actions.counts(condition, grouping);
    }

    /** The raw query's answer from per-code totals: grouped by the code's root or quad class, largest first. */
    private List<ActionCount> countsOf(Map<String, ActionRollups.RollupTotals> perCode, ActionGrouping grouping) {
        Map<Object, ActionRollups.RollupTotals> groups = new HashMap<>();
        Map<Object, Integer> quads = new HashMap<>();
        perCode.forEach((code, totals) -> {
            EventCode known = taxonomy.findEventCode(code);
            Object key = switch (grouping) {
                case CODE -> code;
                case ROOT_CODE -> known.rootCode();
                case QUAD_CLASS -> known.quadClass().number();
            };
            groups.merge(key, totals, ActionRollups.RollupTotals::plus);
            quads.merge(key, known.quadClass().number(), Math::min);
        });
        List<ActionCount> counts = new ArrayList<>();
        groups.forEach((key, totals) -> counts.add(new ActionCount(
                grouping == ActionGrouping.QUAD_CLASS ? null : (String) key, QuadClass.ofNumber(quads.get(key)),
                totals.count(), totals.intensity().doubleValue())));
        Comparator<ActionCount> byKey = grouping == ActionGrouping.QUAD_CLASS
                ? Comparator.comparing(count -> count.quadClass().number())
                : Comparator.comparing(ActionCount::eventCodeKey);
        counts.sort(Comparator.comparingInt(ActionCount::count).reversed().thenComparing(byKey));
        return counts;
    }

    /**
     * The number of live actions matching the filter, read from a roll-up when one answers it exactly (a busy
     * country's count grows with the data; its roll-up holds the number); empty when the rows must be counted: a
     * criterion the roll-ups do not keep, or retracted actions asked for. The filter must have been compiled (checked).
     */
    public OptionalInt rolledUpTotal(ActionFilter filter, boolean retractedToo) {
        if (retractedToo || !filters.answeredByRollup(filter, false)) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(rollups.count(filters.rollupScope(filter, PATH, false).orElseThrow()));
    }

    /**
     * The series of the actions matching the filter. It spans the filter's own {@code occurred} range when given,
     * otherwise the first to the last period with dated actions.
     */
    public List<IntensityPoint> series(ActionFilter filter, SeriesInterval interval) {
        Condition condition = filters.compile(filter, PATH);
        DateRange span = filter == null ? null : filter.occurred();
        List<IntensityPoint> days = filters.rollupScope(filter, PATH, true)
                .map(scope -> rollups.periodTotals(scope, span, interval, PATH + ".occurred"))
                .orElseGet(() -> actions.dailyTotals(condition));
        return IntensitySeries.of(days, interval, span == null ? null : span.from(), span == null ? null : span.to());
    }
}
