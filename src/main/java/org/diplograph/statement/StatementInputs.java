package org.diplograph.statement;

import java.util.List;

import org.diplograph.date.ReportedDateInput;
import org.diplograph.graphql.UserError;
import org.springframework.graphql.data.ArgumentValue;

/** The GraphQL inputs and payloads of the statement mutations, as Spring for GraphQL binds them. */
public final class StatementInputs {

    private StatementInputs() {
    }

    public record RecordStatementInput(String speaker, StatementMode mode, String content, ReportedDateInput said,
                                List<String> audience, List<String> subjects, String evidence) {
    }

    record CorrectStatementInput(String id, int expectedVersion, ArgumentValue<String> speaker,
                                 ArgumentValue<StatementMode> mode, ArgumentValue<String> content,
                                 ArgumentValue<ReportedDateInput> said, ArgumentValue<List<String>> audience,
                                 ArgumentValue<List<String>> subjects, ArgumentValue<String> evidence) {
    }

    public record StatementPayload(Statement statement, List<UserError> userErrors) {
    }
}
