package org.diplograph.action;

import java.util.List;

import org.diplograph.sql.DateRange;
import org.springframework.stereotype.Service;

/** The aggregates an analyst asks of a set of actions: counts by category and the cooperation–conflict series. */
@Service
public class ActionAggregates {

    private final ActionRepository actions;
    private final ActionFilters filters;

    ActionAggregates(ActionRepository actions, ActionFilters filters) {
        this.actions = actions;
        this.filters = filters;
    }

    public List<ActionCount> counts(ActionFilter filter, ActionGrouping grouping) {
        return actions.counts(filters.compile(filter, "filter"), grouping);
    }

    /**
     * The series of the actions matching the filter. It spans the filter's own {@code occurred} range when given,
     * otherwise the first to the last period with dated actions.
     */
    public List<IntensityPoint> series(ActionFilter filter, SeriesInterval interval) {
        List<IntensityPoint> days = actions.dailyTotals(filters.compile(filter, "filter"));
        DateRange span = filter == null ? null : filter.occurred();
        return IntensitySeries.of(days, interval, span == null ? null : span.from(), span == null ? null : span.to());
    }
}
