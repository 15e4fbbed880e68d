package org.diplograph.action;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.diplograph.graphql.InvalidInputException;

/**
 * Rolls daily totals (aggregated by the database) up into days, ISO weeks or months, filling the periods without
 * actions with zeros so a chart's x-axis is continuous. Weeks are computed here rather than in SQL because H2 and
 * PostgreSQL disagree on which day a week starts.
 */
final class IntensitySeries {

    static final int MAX_POINTS = 5000;

    private IntensitySeries() {
    }

    /**
     * @param days     per-day totals, in any order
     * @param interval period length
     * @param from     first day to cover, or null for the first day with actions
     * @param to       last day to cover, or null for the last day with actions
     */
    static List<IntensityPoint> of(List<IntensityPoint> days, SeriesInterval interval, LocalDate from, LocalDate to) {
        TreeMap<LocalDate, IntensityPoint> periods = new TreeMap<>();
        for (IntensityPoint day : days) {
            LocalDate start = interval.periodStart(day.periodStart());
            IntensityPoint rolled = new IntensityPoint(start, day.count(), day.cooperationCount(), day.conflictCount(),
                    day.totalIntensity());
            periods.merge(start, rolled, IntensityPoint::plus);
        }
        LocalDate first = from != null ? interval.periodStart(from) : periods.isEmpty() ? null : periods.firstKey();
        LocalDate last = to != null ? interval.periodStart(to) : periods.isEmpty() ? null : periods.lastKey();
        List<IntensityPoint> series = new ArrayList<>();
        if (first == null || last == null) {
            return series;
        }
        for (LocalDate start = first; !start.isAfter(last); start = interval.next(start)) {
            if (series.size() == MAX_POINTS) {
                throw new InvalidInputException("The series would have more than %d periods: use a longer interval or a shorter range."
                        .formatted(MAX_POINTS), "interval", "SERIES_TOO_LONG");
            }
            series.add(periods.getOrDefault(start, new IntensityPoint(start, 0, 0, 0, 0.0)));
        }
        return series;
    }
}
