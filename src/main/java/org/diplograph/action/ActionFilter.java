package org.diplograph.action;

import java.util.List;

import org.diplograph.action.code.Dataset;
import org.diplograph.action.code.QuadClass;
import org.diplograph.sql.filter.DateRange;
import org.diplograph.sql.filter.FloatRange;

/** A client's filter on actions, as the GraphQL input {@code ActionFilter} binds it; see the schema for each field. */
public record ActionFilter(List<String> eventCodes, List<String> rootCodes, List<QuadClass> quadClasses,
                           List<String> actors, List<String> recipients, List<String> involving,
                           List<String> countries, List<String> actorCountries, List<String> recipientCountries,
                           List<String> between, DateRange occurred, FloatRange intensity, Boolean negated,
                           List<Dataset> datasets, String search, List<ActionFilter> and, List<ActionFilter> or) {

    /** The filter of the actions between two countries. */
    public static ActionFilter between(String one, String other) {
        return new ActionFilter(null, null, null, null, null, null, null, null, null, List.of(one, other), null, null,
                null, null, null, null, null);
    }

    /** This filter with an occurrence range added (AND). */
    public ActionFilter occurredWithin(DateRange range) {
        return new ActionFilter(eventCodes, rootCodes, quadClasses, actors, recipients, involving, countries,
                actorCountries, recipientCountries, between, range, intensity, negated, datasets, search, and, or);
    }
}
