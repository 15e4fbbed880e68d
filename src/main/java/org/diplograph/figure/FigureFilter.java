package org.diplograph.figure;

import java.util.List;

/** A client's filter on figures, as the GraphQL input {@code FigureFilter} binds it. */
public record FigureFilter(List<FigureKind> kinds, List<Exactness> exactness, List<String> countries, List<String> actors,
                           List<String> actions, List<FigureFilter> and, List<FigureFilter> or) {
}
