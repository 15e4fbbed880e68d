package org.diplograph.figure;

import java.util.List;

import org.diplograph.figure.Figure.Exactness;
import org.diplograph.figure.Figure.Kind;
import org.diplograph.graphql.OrderDirection;
import org.diplograph.graphql.UserError;
import org.springframework.graphql.data.ArgumentValue;

/** What clients send about figures (filters, orderings, mutation inputs) and the mutations' payload. */
public final class FigureInputs {

    private FigureInputs() {
    }

    /** A client's filter on figures, as the GraphQL input {@code FigureFilter} binds it. */
    record FigureFilter(List<Kind> kinds, List<Exactness> exactness, List<String> countries, List<String> actors,
                        List<String> actions, List<FigureFilter> and, List<FigureFilter> or) {
    }

    /** Sort keys of figures. */
    enum FigureOrderField {
        QUANTITY
    }

    /** A client's ordering of figures: by quantity, largest first when descending. */
    record FigureOrder(FigureOrderField field, OrderDirection direction) {

        boolean descending() {
            return direction == OrderDirection.DESC;
        }
    }

    public record RecordFigureInput(Kind kind, String counted, Integer quantity, Exactness exactness, String wording,
                             String aboutAction, String aboutActor, String aboutCountry, String reportedBy,
                             String evidence) {
    }

    record CorrectFigureInput(String id, int expectedVersion, ArgumentValue<Kind> kind,
                              ArgumentValue<String> counted, ArgumentValue<Integer> quantity,
                              ArgumentValue<Exactness> exactness, ArgumentValue<String> wording) {
    }

    public record FigurePayload(Figure figure, List<UserError> userErrors) {
    }
}
