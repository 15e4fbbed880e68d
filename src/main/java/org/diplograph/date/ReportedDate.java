package org.diplograph.date;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.diplograph.graphql.node.GlobalId;
import org.diplograph.graphql.node.NodeType;

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

    public static final ReportedDate UNKNOWN = new ReportedDate(null, DatePrecision.UNKNOWN, DateBasis.UNKNOWN, null, null);

    /** This date for the audit trail, references as global ids. */
    public Map<String, Object> snapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("date", date == null ? null : date.toString());
        snapshot.put("precision", precision.name());
        snapshot.put("basis", basis.name());
        snapshot.put("wording", wording);
        snapshot.put("evidence", evidenceSentenceId == null ? null
                : GlobalId.encode(NodeType.SENTENCE, evidenceSentenceId));
        return snapshot;
    }
}
