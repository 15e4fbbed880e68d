package org.diplograph.action.api;

import java.util.List;

import org.diplograph.action.Action;
import org.diplograph.action.code.PloverType;
import org.diplograph.date.ReportedDateInput;
import org.diplograph.graphql.UserError;
import org.springframework.graphql.data.ArgumentValue;

/** The GraphQL inputs and payloads of the action mutations, as Spring for GraphQL binds them. */
public final class ActionInputs {

    private ActionInputs() {
    }

    public record RecordActionInput(String summary, String eventCode, Boolean negated, PloverInput plover, List<String> actors,
                             List<String> recipients, List<String> affected, ReportedDateInput occurred, String place,
                             String placeCountry, String details, List<String> evidence, String reportedIn) {
    }

    public record PloverInput(PloverType type, String mode, String context) {
    }

    public record CorrectActionInput(String id, int expectedVersion, ArgumentValue<String> summary,
                              ArgumentValue<String> eventCode, ArgumentValue<Boolean> negated,
                              ArgumentValue<PloverInput> plover, ArgumentValue<List<String>> actors,
                              ArgumentValue<List<String>> recipients, ArgumentValue<List<String>> affected,
                              ArgumentValue<ReportedDateInput> occurred, ArgumentValue<String> place,
                              ArgumentValue<String> placeCountry, ArgumentValue<String> details,
                              ArgumentValue<List<String>> evidence, ArgumentValue<String> reportedIn) {
    }

    public record ActionPayload(Action action, List<UserError> userErrors) {
    }
}
