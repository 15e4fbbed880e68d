package org.diplograph.figure;

import java.util.List;

import org.diplograph.graphql.UserError;
import org.springframework.graphql.data.ArgumentValue;

/** The inputs and payloads of the figure mutations. */
final class FigureInputs {

    private FigureInputs() {
    }

    record RecordFigureInput(FigureKind kind, String counted, Integer quantity, Exactness exactness, String wording,
                             String aboutAction, String aboutActor, String aboutCountry, String reportedBy,
                             String evidence) {
    }

    record CorrectFigureInput(String id, int expectedVersion, ArgumentValue<FigureKind> kind,
                              ArgumentValue<String> counted, ArgumentValue<Integer> quantity,
                              ArgumentValue<Exactness> exactness, ArgumentValue<String> wording) {
    }

    record FigurePayload(Figure figure, List<UserError> userErrors) {
    }
}
