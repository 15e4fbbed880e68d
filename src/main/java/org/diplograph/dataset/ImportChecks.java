package org.diplograph.dataset;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import org.diplograph.dataset.file.EventFileContent;

/**
 * What {@code diplograph import} checks before it starts, so that a mistake is told at once and nothing is written:
 * every file is there and readable, has the shape of the format asked for (not that of another published format),
 * and, read as UTF-8, is UTF-8.
 */
final class ImportChecks {

    /** The encodings the data sets' files come in, by the names the option takes. */
    private static final Map<String, Charset> ENCODINGS = Map.of("utf-8", StandardCharsets.UTF_8, "utf8",
            StandardCharsets.UTF_8, "latin1", StandardCharsets.ISO_8859_1, "iso-8859-1", StandardCharsets.ISO_8859_1,
            "windows-1252", Charset.forName("windows-1252"), "cp1252", Charset.forName("windows-1252"));

    private ImportChecks() {
    }

    static Optional<Charset> encoding(String name) {
        return Optional.ofNullable(ENCODINGS.get(name.toLowerCase(Locale.ROOT)));
    }

    /** Each problem as one line to tell, in the order of the files; empty when the import may start. */
    static List<String> problems(ImportFormat format, Charset encoding, List<Path> files) {
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                problems.add(Files.exists(file) ? (Files.isDirectory(file) ? "not a file: " : "cannot read: ") + file
                        : "no such file: " + file);
                continue;
            }
            try {
                mismatch(format, file).ifPresent(problems::add);
                if (encoding.equals(StandardCharsets.UTF_8)) {
                    OptionalLong line = EventFileContent.firstLineNotUtf8(file);
                    if (line.isPresent()) {
                        problems.add(("%s is not UTF-8 (line %d): if it is Latin-1 or Windows-1252, say so with "
                                + "--encoding=latin1 or --encoding=windows-1252").formatted(file, line.getAsLong()));
                    }
                }
            } catch (IOException unreadable) {
                // The import itself reports a file it cannot read, with the rows it could.
            }
        }
        return problems;
    }

    /** That the file's first line has the shape of another published format, with the option that reads it. */
    private static Optional<String> mismatch(ImportFormat asked, Path file) throws IOException {
        String first = EventFileContent.firstLine(file);
        Optional<ImportFormat> looks = first == null ? Optional.empty() : ImportFormat.ofFirstLine(first);
        return looks.filter(format -> format != asked).map(format -> "%s looks like a %s file, not %s: use --format=%s"
                .formatted(file, format.described(), asked.described(), format.option()));
    }
}
