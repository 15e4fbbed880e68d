package org.diplograph.source;

import org.diplograph.date.ReportedDateInput;

/** A new source, as the GraphQL input {@code RecordSourceInput} binds it. */
public record RecordSourceInput(String slug, String headline, HeadlineOrigin headlineOrigin, String outlet,
                                String photoCredit, String dateline, String url, String language,
                                ReportedDateInput published, String text) {
}
