package org.diplograph.dataset.gdelt;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.diplograph.dataset.file.RejectedRowException;
import org.diplograph.dataset.file.RowReader.Column;
import org.diplograph.dataset.file.RowReader;
import org.springframework.batch.infrastructure.item.file.mapping.FieldSetMapper;
import org.springframework.batch.infrastructure.item.file.transform.FieldSet;

/**
 * Reads one GDELT 2.0 Events row, column by column as the GDELT 2.0 Event Codebook numbers them, and refuses a row
 * that does not hold what its columns promise, naming the column and the value: a row is imported as it is or not at
 * all, never repaired by guessing.
 */
public final class GdeltEventMapper implements FieldSetMapper<GdeltEvent> {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final int ACTOR1 = 5;
    private static final int ACTOR2 = 15;
    private static final int ACTOR1_GEO = 35;
    private static final int ACTOR2_GEO = 43;
    private static final int ACTION_GEO = 51;

    @Override
    public GdeltEvent mapFieldSet(FieldSet fields) {
        RowReader row = new RowReader(fields);
        if (row.columns() != GdeltEvent.COLUMNS) {
            throw new RejectedRowException("has %d columns, not the %d of a GDELT 2.0 Events row"
                    .formatted(row.columns(), GdeltEvent.COLUMNS));
        }
        return new GdeltEvent(
                row.positiveLong(at(0, "GLOBALEVENTID")),
                row.day(at(1, "SQLDATE"), DAY, "a date YYYYMMDD"),
                actor(row, ACTOR1, ACTOR1_GEO),
                actor(row, ACTOR2, ACTOR2_GEO),
                row.flag(at(25, "IsRootEvent")),
                row.cameoCode(at(26, "EventCode")),
                row.cameoCode(at(27, "EventBaseCode")),
                row.cameoCode(at(28, "EventRootCode")),
                row.integerBetween(at(29, "QuadClass"), 1, 4),
                row.decimalBetween(at(30, "GoldsteinScale"), -10, 10),
                row.integerBetween(at(31, "NumMentions"), 0, Integer.MAX_VALUE),
                row.integerBetween(at(32, "NumSources"), 0, Integer.MAX_VALUE),
                row.integerBetween(at(33, "NumArticles"), 0, Integer.MAX_VALUE),
                row.decimalBetween(at(34, "AvgTone"), -100, 100),
                place(row, ACTION_GEO, "ActionGeo"),
                row.utcTime(at(59, "DATEADDED")),
                text(row, 60));
    }

    private static GdeltActor actor(RowReader row, int first, int geo) {
        String code = text(row, first);
        String name = text(row, first + 1);
        if (code == null && name == null) {
            return null;
        }
        String prefix = first == ACTOR1 ? "Actor1" : "Actor2";
        return new GdeltActor(code, name, text(row, first + 2), text(row, first + 3), text(row, first + 4),
                present(text(row, first + 5), text(row, first + 6)),
                present(text(row, first + 7), text(row, first + 8), text(row, first + 9)),
                place(row, geo, prefix + "Geo"));
    }

    private static GdeltPlace place(RowReader row, int first, String prefix) {
        String type = text(row, first);
        if (type == null || "0".equals(type)) {
            return null;
        }
        return new GdeltPlace(row.integerBetween(at(first, prefix + "_Type"), 1, 5), text(row, first + 1),
                text(row, first + 2), text(row, first + 3), text(row, first + 4),
                row.coordinate(at(first + 5, prefix + "_Lat"), 90), row.coordinate(at(first + 6, prefix + "_Long"), 180),
                text(row, first + 7));
    }

    private static List<String> present(String... values) {
        List<String> kept = new ArrayList<>(values.length);
        for (String value : values) {
            if (value != null) {
                kept.add(value);
            }
        }
        return List.copyOf(kept);
    }

    private static Column at(int index, String name) {
        return new Column(index, name);
    }

    /** A column without a name of its own in messages: GDELT's codebook name is given where a check can fail. */
    private static String text(RowReader row, int index) {
        return row.text(at(index, "column " + (index + 1)));
    }
}
