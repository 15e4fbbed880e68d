package org.diplograph.sql;

import static org.diplograph.sql.TableColumns.named;
import static org.diplograph.sql.TableColumns.namedIfPresent;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.diplograph.date.DateBasis;
import org.diplograph.date.DatePrecision;
import org.diplograph.date.ReportedDate;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

/**
 * The five columns every dated fact stores (prefix_on, _precision, _basis, _wording, _sentence_id), read as one
 * {@link ReportedDate}.
 */
public record DateColumns(Field<LocalDate> on, Field<String> precision, Field<String> basis, Field<String> wording,
                          Field<Long> sentenceId) {

    /**
     * The date columns of a table named as every migration names them: {@code published} finds published_on,
     * published_precision, published_basis, published_wording and, when the date can cite a sentence,
     * published_sentence_id.
     */
    public static DateColumns of(Table<?> table, String prefix) {
        return new DateColumns(named(table, prefix + "_on", LocalDate.class),
                named(table, prefix + "_precision", String.class), named(table, prefix + "_basis", String.class),
                named(table, prefix + "_wording", String.class), namedIfPresent(table, prefix + "_sentence_id", Long.class));
    }

    public List<Field<?>> fields() {
        return sentenceId == null ? List.of(on, precision, basis, wording) : List.of(on, precision, basis, wording, sentenceId);
    }

    /** The column values that store a date, for inserts and corrections. */
    public Map<Field<?>, Object> values(ReportedDate date) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(on, date.date());
        values.put(precision, date.precision().name());
        values.put(basis, date.basis().name());
        values.put(wording, date.wording());
        if (sentenceId != null) {
            values.put(sentenceId, date.evidenceSentenceId());
        }
        return values;
    }

    public ReportedDate read(Record row) {
        return new ReportedDate(row.get(on), DatePrecision.valueOf(row.get(precision)), DateBasis.valueOf(row.get(basis)),
                row.get(wording), sentenceId == null ? null : row.get(sentenceId));
    }
}
