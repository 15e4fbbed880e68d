package org.diplograph.dataset.icews;

import static org.diplograph.dataset.file.RowReader.Column.named;

import java.time.format.DateTimeFormatter;
import java.util.Set;

import org.diplograph.dataset.file.RejectedRowException;
import org.diplograph.dataset.file.RowReader;
import org.springframework.batch.infrastructure.item.file.mapping.FieldSetMapper;
import org.springframework.batch.infrastructure.item.file.transform.FieldSet;

/**
 * Reads one ICEWS coded-events row by its header's column names, refusing a row whose values do not fit; {@code NA}
 * in any column, as R writes a missing value, is an empty column.
 */
public final class IcewsEventMapper implements FieldSetMapper<IcewsEvent> {

    private static final String EVENT_ID = "Event ID";

    @Override
    public IcewsEvent mapFieldSet(FieldSet fields) {
        // Copies saved by R (the icews package, readr) write every missing value as NA.
        RowReader row = new RowReader(fields, Set.of("NA"));
        if (EVENT_ID.equals(row.text(named(EVENT_ID)))) {
            throw new RejectedRowException("is the header line again");
        }
        return new IcewsEvent(
                row.positiveLong(named(EVENT_ID)),
                row.day(named("Event Date"), DateTimeFormatter.ISO_LOCAL_DATE, "a date YYYY-MM-DD"),
                row.text(named("Source Name")),
                row.list(named("Source Sectors")),
                row.text(named("Source Country")),
                row.text(named("Event Text")),
                row.cameoCode(named("CAMEO Code")),
                row.decimalBetween(named("Intensity"), -10, 10),
                row.text(named("Target Name")),
                row.list(named("Target Sectors")),
                row.text(named("Target Country")),
                row.positiveLong(named("Story ID")),
                row.integerBetween(named("Sentence Number"), 0, Integer.MAX_VALUE),
                row.text(named("Publisher")),
                row.text(named("City")),
                row.text(named("District")),
                row.text(named("Province")),
                row.text(named("Country")),
                row.coordinate(named("Latitude"), 90),
                row.coordinate(named("Longitude"), 180));
    }
}
