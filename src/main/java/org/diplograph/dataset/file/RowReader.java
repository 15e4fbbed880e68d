package org.diplograph.dataset.file;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.springframework.batch.infrastructure.item.file.transform.FieldSet;

/**
 * Typed, checked reads of one row's columns, by position (GDELT, whose files have no header) or by the header's name
 * (ICEWS, POLECAT). A value that is not what its column promises rejects the row, naming the column and the value.
 */
public final class RowReader {

    private final FieldSet row;
    private final Set<String> missing;

    public RowReader(FieldSet row) {
        this(row, Set.of());
    }

    /** A row whose data set writes these words for a missing value in any column (R writes {@code NA}). */
    public RowReader(FieldSet row, Set<String> missing) {
        this.row = row;
        this.missing = missing;
    }

    /** A column: by position when {@code index} is 0 or more (its name then only for messages), else by name. */
    public record Column(int index, String name) {
        public static Column named(String name) {
            return new Column(-1, name);
        }

        public String describe() {
            return index >= 0 ? "column %d (%s)".formatted(index + 1, name) : "column '%s'".formatted(name);
        }
    }

    public int columns() {
        return row.getFieldCount();
    }

    /** Whether the header names this column. */
    public boolean has(String name) {
        return row.hasNames() && Arrays.asList(row.getNames()).contains(name);
    }

    public String text(Column column) {
        String value;
        try {
            value = column.index() >= 0 ? row.readRawString(column.index()) : row.readRawString(column.name());
        } catch (IllegalArgumentException absent) {
            throw new RejectedRowException("the header has no " + column.describe());
        }
        return value == null || value.isBlank() || missing.contains(value.strip()) ? null : value.strip();
    }

    public String required(Column column) {
        String value = text(column);
        if (value == null) {
            throw new RejectedRowException(column.describe() + " is empty");
        }
        return value;
    }

    /** A comma-separated list ("Government,Executive"), empty when the column is. */
    public List<String> list(Column column) {
        String value = text(column);
        return value == null ? List.of()
                : Arrays.stream(value.split(",")).map(String::strip).filter(item -> !item.isEmpty()).toList();
    }

    public RejectedRowException wrong(Column column, String value, String expected) {
        String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
        return new RejectedRowException("%s is '%s', not %s".formatted(column.describe(), shown, expected));
    }

    public long positiveLong(Column column) {
        String value = required(column);
        try {
            long parsed = Long.parseLong(value);
            if (parsed > 0) {
                return parsed;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw wrong(column, value, "a positive whole number");
    }

    public int integerBetween(Column column, int low, int high) {
        String value = required(column);
        try {
            int parsed = Integer.parseInt(value);
            if (parsed >= low && parsed <= high) {
                return parsed;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw wrong(column, value, high == Integer.MAX_VALUE ? "a whole number of at least " + low
                : "a whole number from %d to %d".formatted(low, high));
    }

    public BigDecimal decimalBetween(Column column, int low, int high) {
        String value = required(column);
        try {
            BigDecimal parsed = new BigDecimal(value);
            if (parsed.compareTo(BigDecimal.valueOf(low)) >= 0 && parsed.compareTo(BigDecimal.valueOf(high)) <= 0) {
                return parsed;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw wrong(column, value, "a number from %d to %d".formatted(low, high));
    }

    /** A latitude (bound 90) or longitude (bound 180), or null when the column is empty. */
    public Double coordinate(Column column, int bound) {
        String value = text(column);
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
        throw wrong(column, value, "a coordinate from -%d to %d".formatted(bound, bound));
    }

    public boolean flag(Column column) {
        String value = required(column);
        if ("1".equals(value) || "0".equals(value)) {
            return "1".equals(value);
        }
        throw wrong(column, value, "0 or 1");
    }

    public String cameoCode(Column column) {
        String value = required(column);
        if (!value.matches("[0-9]{2,4}")) {
            throw wrong(column, value, "a CAMEO code of 2 to 4 digits");
        }
        return value;
    }

    /** A UTC time as GDELT writes it, YYYYMMDDHHMMSS. */
    public Instant utcTime(Column column) {
        String value = required(column);
        try {
            return LocalDateTime.parse(value, UTC_TIME).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notATime) {
            throw wrong(column, value, "a UTC time YYYYMMDDHHMMSS");
        }
    }

    private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");

    public LocalDate day(Column column, DateTimeFormatter format, String expected) {
        String value = required(column);
        try {
            return LocalDate.parse(value, format);
        } catch (DateTimeParseException notADate) {
            throw wrong(column, value, expected);
        }
    }
}
