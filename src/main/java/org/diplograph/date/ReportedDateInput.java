package org.diplograph.date;

import java.time.LocalDate;

/** A date as a writer reports it, as the GraphQL input {@code ReportedDateInput} binds it. */
public record ReportedDateInput(LocalDate date, DatePrecision precision, DateBasis basis, String wording,
                                String evidence) {
}
