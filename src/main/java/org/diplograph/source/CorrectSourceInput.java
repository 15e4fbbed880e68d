package org.diplograph.source;

import org.diplograph.date.ReportedDateInput;
import org.springframework.graphql.data.ArgumentValue;

/** Changes to a source's metadata: omitted fields stay, nullable fields given as null are cleared. */
public record CorrectSourceInput(String id, int expectedVersion, ArgumentValue<String> headline,
                                 ArgumentValue<HeadlineOrigin> headlineOrigin, ArgumentValue<String> outlet,
                                 ArgumentValue<String> photoCredit, ArgumentValue<String> dateline,
                                 ArgumentValue<String> url, ArgumentValue<ReportedDateInput> published) {
}
