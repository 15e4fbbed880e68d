package org.diplograph.action;

import java.util.List;

import org.diplograph.action.code.PloverType;
import org.diplograph.date.ReportedDateInput;
import org.diplograph.graphql.UserError;
import org.springframework.graphql.data.ArgumentValue;

/** The GraphQL inputs and payloads of the action mutations, as Spring for GraphQL binds them. */
final class ActionInputs {

    private ActionInputs() {
    }

    record RecordActionInput(String summary, String eventCode, Boolean negated, PloverInput plover, List<String> actors,
                             List<String> recipients, List<String> affected, ReportedDateInput occurred, String place,
                             String placeCountry, String details, List<String> evidence, String reportedIn) {
    }

    record PloverInput(PloverType type, String mode, String context) {
    }

    record CorrectActionInput(String id, int expectedVersion, ArgumentValue<String> summary,
                              ArgumentValue<String> eventCode, ArgumentValue<Boolean> negated,
                              ArgumentValue<PloverInput> plover, ArgumentValue<List<String>> actors,
                              ArgumentValue<List<String>> recipients, ArgumentValue<List<String>> affected,
                              ArgumentValue<ReportedDateInput> occurred, ArgumentValue<String> place,
                              ArgumentValue<String> placeCountry, ArgumentValue<String> details,
                              ArgumentValue<List<String>> evidence, ArgumentValue<String> reportedIn) {
    }

    record ActionPayload(Action action, List<UserError> userErrors) {
    }
}
