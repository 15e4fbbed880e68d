package org.diplograph.dataset.gdelt;

import org.diplograph.dataset.file.RejectedRowException;
import org.diplograph.dataset.file.RowReader.Column;
import org.diplograph.dataset.file.RowReader;
import org.springframework.batch.infrastructure.item.file.mapping.FieldSetMapper;
import org.springframework.batch.infrastructure.item.file.transform.FieldSet;

/** Reads one GDELT 2.0 Mentions row by position, refusing a row whose values do not fit their columns. */
public final class GdeltMentionMapper implements FieldSetMapper<GdeltMention> {

    @Override
    public GdeltMention mapFieldSet(FieldSet fields) {
        RowReader row = new RowReader(fields);
        if (row.columns() != GdeltMention.COLUMNS) {
            throw new RejectedRowException("has %d columns, not the %d of a GDELT 2.0 Mentions row"
                    .formatted(row.columns(), GdeltMention.COLUMNS));
        }
        return new GdeltMention(
                row.positiveLong(new Column(0, "GLOBALEVENTID")),
                row.utcTime(new Column(1, "EventTimeDate")),
                row.utcTime(new Column(2, "MentionTimeDate")),
                row.integerBetween(new Column(3, "MentionType"), 1, 6),
                row.text(new Column(4, "MentionSourceName")),
                row.required(new Column(5, "MentionIdentifier")),
                row.integerBetween(new Column(6, "SentenceID"), 0, Integer.MAX_VALUE),
                offset(row, new Column(7, "Actor1CharOffset")),
                offset(row, new Column(8, "Actor2CharOffset")),
                offset(row, new Column(9, "ActionCharOffset")),
                row.flag(new Column(10, "InRawText")),
                row.integerBetween(new Column(11, "Confidence"), 0, 100),
                row.integerBetween(new Column(12, "MentionDocLen"), 0, Integer.MAX_VALUE),
                row.decimalBetween(new Column(13, "MentionDocTone"), -100, 100));
    }

    /** GDELT writes -1 where it found no such actor or action in the document. */
    private static int offset(RowReader row, Column column) {
        return row.integerBetween(column, -1, Integer.MAX_VALUE);
    }
}
