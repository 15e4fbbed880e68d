package org.diplograph.dataset;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.diplograph.action.code.Dataset;
import org.diplograph.dataset.polecat.PolecatJsonLines;

/** The file formats {@code diplograph import} reads, by the name its {@code --format} option takes. */
public enum ImportFormat {
    GDELT_EVENTS("gdelt-events", Dataset.GDELT),
    GDELT_MENTIONS("gdelt-mentions", Dataset.GDELT),
    ICEWS("icews", Dataset.ICEWS),
    POLECAT("polecat", Dataset.POLECAT);

    private final String option;
    private final Dataset dataset;

    ImportFormat(String option, Dataset dataset) {
        this.option = option;
        this.dataset = dataset;
    }

    public String option() {
        return option;
    }

    public Dataset dataset() {
        return dataset;
    }

    /** The names the data sets' published formats go by, for telling a user which file they gave. */
    public String described() {
        return switch (this) {
            case GDELT_EVENTS -> "GDELT 2.0 Events";
            case GDELT_MENTIONS -> "GDELT 2.0 Mentions";
            case ICEWS -> "ICEWS coded events";
            case POLECAT -> "POLECAT";
        };
    }

    /**
     * The format a file's first line has the shape of, by its publisher's layout: GDELT's headerless rows of 61
     * (Events) or 16 (Mentions) tab-separated columns, the header lines of ICEWS ({@code Event ID ... CAMEO Code}) and
     * POLECAT ({@code Event ID ... Event Type}), and POLECAT's JSON lines (an object with an event type). Empty when
     * the line is none of these.
     */
    static Optional<ImportFormat> ofFirstLine(String line) {
        if (PolecatJsonLines.looksLikeJson(line)) {
            return line.contains("\"Event Type\"") || line.contains("\"event_type\"") ? Optional.of(POLECAT)
                    : Optional.empty();
        }
        String[] columns = line.replace("\uFEFF", "").split("\t", -1);
        List<String> names = Arrays.stream(columns).map(String::strip).toList();
        if (names.contains("Event ID") && names.contains("Event Type")) {
            return Optional.of(POLECAT);
        }
        if (names.contains("Event ID") && names.contains("CAMEO Code")) {
            return Optional.of(ICEWS);
        }
        boolean numberedRow = !names.isEmpty() && names.get(0).matches("[0-9]+");
        if (numberedRow && columns.length == 61) {
            return Optional.of(GDELT_EVENTS);
        }
        if (numberedRow && columns.length == 16) {
            return Optional.of(GDELT_MENTIONS);
        }
        return Optional.empty();
    }

    public static Optional<ImportFormat> ofOption(String option) {
        return Arrays.stream(values()).filter(format -> format.option.equals(option.toLowerCase(Locale.ROOT)))
                .findFirst();
    }
}
