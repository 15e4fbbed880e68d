package org.diplograph.dataset.polecat;

import static org.diplograph.dataset.file.RowReader.Column.named;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;

import org.diplograph.dataset.file.RejectedRowException;
import org.diplograph.dataset.file.RowReader;
import org.springframework.batch.infrastructure.item.file.mapping.FieldSetMapper;
import org.springframework.batch.infrastructure.item.file.transform.FieldSet;

/**
 * Reads one POLECAT row by its header's column names. Real weekly files carry stray header lines and rows with extra
 * tabs: the first is refused as a repeated header, the second (a column count that differs from the header's) by the
 * reader; both are reported and the reading goes on.
 */
public final class PolecatEventMapper implements FieldSetMapper<PolecatEvent> {

    private static final String EVENT_ID = "Event ID";
    /** The published weekly files' name for it; some early copies have "Event Intensity". */
    private static final String INTENSITY = "Intensity";

    @Override
    public PolecatEvent mapFieldSet(FieldSet fields) {
        RowReader row = new RowReader(fields);
        String id = row.required(named(EVENT_ID));
        if (EVENT_ID.equals(id)) {
            throw new RejectedRowException("is the header line again");
        }
        return new PolecatEvent(id,
                row.day(named("Event Date"), DateTimeFormatter.ISO_LOCAL_DATE, "a date YYYY-MM-DD"),
                row.required(named("Event Type")),
                row.text(named("Event Mode")),
                intensity(row),
                row.text(named("Quad Code")),
                row.list(named("Contexts")),
                party(row, "Actor"),
                party(row, "Recipient"),
                row.text(named("Placename")),
                row.text(named("Country")),
                row.coordinate(named("Latitude"), 90),
                row.coordinate(named("Longitude"), 180),
                row.text(named("Source")),
                row.text(named("Publication Date")),
                row.text(named("Language")));
    }

    /** The coder's score of the event, or null where the row leaves it empty (NGEC's JSON records may have none). */
    private static BigDecimal intensity(RowReader row) {
        RowReader.Column column = named(row.has("Event Intensity") && !row.has(INTENSITY) ? "Event Intensity" : INTENSITY);
        return row.text(column) == null ? null : row.decimalBetween(column, -10, 10);
    }

    private static PolecatEvent.PolecatParty party(RowReader row, String side) {
        String name = row.text(named(side + " Name"));
        if (name == null) {
            return null;
        }
        return new PolecatEvent.PolecatParty(name, row.text(named(side + " Country")),
                row.text(named("Primary " + side + " Sector")), row.list(named(side + " Sectors")),
                row.text(named(side + " Title")), row.text(named(side + " Name Raw")),
                row.text(named("Wikipedia " + side + " ID")));
    }
}
