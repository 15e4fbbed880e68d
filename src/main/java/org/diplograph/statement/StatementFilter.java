package org.diplograph.statement;

import java.util.List;

import org.diplograph.sql.filter.DateRange;

/** A client's filter on statements, as the GraphQL input {@code StatementFilter} binds it. */
public record StatementFilter(List<String> speakers, List<String> subjects, DateRange said, String search,
                              List<StatementMode> modes, List<StatementFilter> and, List<StatementFilter> or) {
}
