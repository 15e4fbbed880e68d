package org.diplograph.dataset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.file.mapping.FieldSetMapper;
import org.springframework.batch.infrastructure.item.file.transform.FieldSet;

/**
 * Reads one GDELT 2.0 Events row, column by column as the GDELT 2.0 Event Codebook numbers them, and refuses a row
 * that does not hold what its columns promise, naming the column and the value: a row is imported as it is or not at
 * all, never repaired by guessing.
 */
public final class GdeltEventMapper implements FieldSetMapper<GdeltEvent> {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter ADDED = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");
    private static final int ACTOR1 = 5;
    private static final int ACTOR2 = 15;
    private static final int ACTOR1_GEO = 35;
    private static final int ACTOR2_GEO = 43;
    private static final int ACTION_GEO = 51;

    @Override
    public GdeltEvent mapFieldSet(FieldSet row) {
        if (row.getFieldCount() != GdeltEvent.COLUMNS) {
            throw new RejectedRowException("has %d columns, not the %d of a GDELT 2.0 Events row"
                    .formatted(row.getFieldCount(), GdeltEvent.COLUMNS));
        }
        return new GdeltEvent(
                positiveLong(row, 0, "GLOBALEVENTID"),
                day(row, 1, "SQLDATE"),
                actor(row, ACTOR1, ACTOR1_GEO),
                actor(row, ACTOR2, ACTOR2_GEO),
                flag(row, 25, "IsRootEvent"),
                eventCode(row, 26, "EventCode"),
                eventCode(row, 27, "EventBaseCode"),
                eventCode(row, 28, "EventRootCode"),
                integerBetween(row, 29, "QuadClass", 1, 4),
                decimalBetween(row, 30, "GoldsteinScale", -10, 10),
                integerBetween(row, 31, "NumMentions", 0, Integer.MAX_VALUE),
                integerBetween(row, 32, "NumSources", 0, Integer.MAX_VALUE),
                integerBetween(row, 33, "NumArticles", 0, Integer.MAX_VALUE),
                decimalBetween(row, 34, "AvgTone", -100, 100),
                place(row, ACTION_GEO, "ActionGeo"),
                added(row, 59, "DATEADDED"),
                text(row, 60));
    }

    private static GdeltActor actor(FieldSet row, int first, int geo) {
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

    private static GdeltPlace place(FieldSet row, int first, String prefix) {
        String type = text(row, first);
        if (type == null || "0".equals(type)) {
            return null;
        }
        return new GdeltPlace(integerBetween(row, first, prefix + "_Type", 1, 5), text(row, first + 1),
                text(row, first + 2), text(row, first + 3), text(row, first + 4),
                coordinate(row, first + 5, prefix + "_Lat", 90), coordinate(row, first + 6, prefix + "_Long", 180),
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

    private static String text(FieldSet row, int column) {
        String value = row.readRawString(column);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String required(FieldSet row, int column, String name) {
        String value = text(row, column);
        if (value == null) {
            throw new RejectedRowException("column %d (%s) is empty".formatted(column + 1, name));
        }
        return value;
    }

    private static RejectedRowException wrong(int column, String name, String value, String expected) {
        String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
        return new RejectedRowException("column %d (%s) is '%s', not %s".formatted(column + 1, name, shown, expected));
    }

    private static long positiveLong(FieldSet row, int column, String name) {
        String value = required(row, column, name);
        try {
            long parsed = Long.parseLong(value);
            if (parsed > 0) {
                return parsed;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw wrong(column, name, value, "a positive whole number");
    }

    private static int integerBetween(FieldSet row, int column, String name, int low, int high) {
        String value = required(row, column, name);
        try {
            int parsed = Integer.parseInt(value);
            if (parsed >= low && parsed <= high) {
                return parsed;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw wrong(column, name, value, high == Integer.MAX_VALUE ? "a whole number of at least " + low
                : "a whole number from %d to %d".formatted(low, high));
    }

    private static BigDecimal decimalBetween(FieldSet row, int column, String name, int low, int high) {
        String value = required(row, column, name);
        try {
            BigDecimal parsed = new BigDecimal(value);
            if (parsed.compareTo(BigDecimal.valueOf(low)) >= 0 && parsed.compareTo(BigDecimal.valueOf(high)) <= 0) {
                return parsed;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw wrong(column, name, value, "a number from %d to %d".formatted(low, high));
    }

    private static Double coordinate(FieldSet row, int column, String name, int bound) {
        String value = text(row, column);
        if (value == null) {
            return null;
        }
        try {
            double parsed = Double.parseDouble(value);
            if (Math.abs(parsed) <= bound) {
                return parsed;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw wrong(column, name, value, "a coordinate from -%d to %d".formatted(bound, bound));
    }

    private static boolean flag(FieldSet row, int column, String name) {
        String value = required(row, column, name);
        if ("1".equals(value) || "0".equals(value)) {
            return "1".equals(value);
        }
        throw wrong(column, name, value, "0 or 1");
    }

    private static String eventCode(FieldSet row, int column, String name) {
        String value = required(row, column, name);
        if (!value.matches("[0-9]{2,4}")) {
            throw wrong(column, name, value, "a CAMEO code of 2 to 4 digits");
        }
        return value;
    }

    private static LocalDate day(FieldSet row, int column, String name) {
        String value = required(row, column, name);
        try {
            return LocalDate.parse(value, DAY);
        } catch (DateTimeParseException notADate) {
            throw wrong(column, name, value, "a date YYYYMMDD");
        }
    }

    private static java.time.Instant added(FieldSet row, int column, String name) {
        String value = required(row, column, name);
        try {
            return LocalDateTime.parse(value, ADDED).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notATime) {
            throw wrong(column, name, value, "a UTC time YYYYMMDDHHMMSS");
        }
    }
}
