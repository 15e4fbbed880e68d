package org.diplograph.dataset;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.diplograph.action.Dataset;

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

    public static Optional<ImportFormat> ofOption(String option) {
        return Arrays.stream(values()).filter(format -> format.option.equals(option.toLowerCase(Locale.ROOT)))
                .findFirst();
    }
}
