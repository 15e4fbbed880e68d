package org.diplograph.source;

import java.time.LocalDate;

/**
 * A date as a source reports it. Never more certain than the text: an unknown date has no value and UNKNOWN precision.
 *
 * @param date               the resolved date, or null
 * @param precision          how precise {@code date} is
 * @param basis              how it was obtained
 * @param wording            the source's words for it
 * @param evidenceSentenceId the sentence it is taken from, when not the fact's own
 */
public record ReportedDate(LocalDate date, DatePrecision precision, DateBasis basis, String wording,
                           Long evidenceSentenceId) {
}
