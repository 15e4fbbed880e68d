package org.diplograph.dataset.file;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.file.FlatFileItemReader;
import org.springframework.batch.infrastructure.item.file.FlatFileParseException;
import org.springframework.batch.infrastructure.item.file.LineMapper;
import org.springframework.batch.infrastructure.item.file.mapping.DefaultLineMapper;
import org.springframework.batch.infrastructure.item.file.mapping.FieldSetMapper;
import org.springframework.batch.infrastructure.item.file.transform.DelimitedLineTokenizer;
import org.springframework.batch.infrastructure.item.file.transform.IncorrectTokenCountException;
import org.springframework.core.io.InputStreamResource;

/**
 * Streams the rows of a tab-separated event file, as the data sets publish them: plain, zipped (GDELT's
 * {@code .CSV.zip}, its first entry) or gzipped, read directly and one row at a time, so memory stays flat whatever
 * the file's size. A row that cannot be read is reported with its file and line and the reading goes on.
 */
public final class EventFiles {

    /** A row left out, as the import reports it: {@code file:line: reason}. */
    public record Rejection(String file, long line, String reason) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + reason;
        }
    }

    /** What one file held. */
    public record Summary(long rows, long accepted, long rejected) {
    }

    /** Takes each accepted row with the number of the line it was read from (counted from 1, headers included). */
    @FunctionalInterface
    public interface RowHandler<T> {
        void accept(T row, long line);
    }

    private EventFiles() {
    }

    /** Like {@link #read}, in the file's encoding, handing each accepted row over with its line number. */
    public static <T> Summary readNumbered(Path file, Charset encoding, FieldSetMapper<T> mapper, boolean header,
                                           RowHandler<T> accepted, Consumer<Rejection> rejected, AtomicLong bytesRead)
            throws IOException {
        return read(file, encoding, mapper, header, accepted, rejected, bytesRead);
    }

    /**
     * Reads every row of the file, handing each one the mapper accepts to {@code accepted} and each one it refuses to
     * {@code rejected}; fails only when the file itself cannot be read.
     */
    public static <T> Summary read(Path file, FieldSetMapper<T> mapper, Consumer<T> accepted,
                                   Consumer<Rejection> rejected) throws IOException {
        return read(file, StandardCharsets.UTF_8, mapper, false, (row, line) -> accepted.accept(row), rejected,
                new AtomicLong());
    }

    /**
     * The same for a file whose first line names its columns (ICEWS, POLECAT): the mapper reads each row by those
     * names, and a row with more or fewer columns than the header (a stray tab) is reported, not guessed at.
     */
    public static <T> Summary readWithHeader(Path file, FieldSetMapper<T> mapper, Consumer<T> accepted,
                                             Consumer<Rejection> rejected) throws IOException {
        return read(file, StandardCharsets.UTF_8, mapper, true, (row, line) -> accepted.accept(row), rejected,
                new AtomicLong());
    }

    private static <T> Summary read(Path file, Charset encoding, FieldSetMapper<T> mapper, boolean header,
                                    RowHandler<T> accepted, Consumer<Rejection> rejected, AtomicLong bytesRead)
            throws IOException {
        DelimitedLineTokenizer tokenizer = new DelimitedLineTokenizer(DelimitedLineTokenizer.DELIMITER_TAB);
        // The data sets quote nothing: a '"' in an actor's name is part of the name, not the start of a quoted field.
        tokenizer.setQuoteCharacter('\u0000');
        tokenizer.setStrict(header);
        DefaultLineMapper<T> fields = new DefaultLineMapper<>();
        fields.setLineTokenizer(tokenizer);
        fields.setFieldSetMapper(mapper);
        // A byte-order mark before the first name is not part of it.
        Consumer<String> names = !header ? null : line -> tokenizer.setNames(
                Arrays.stream(line.replace("\uFEFF", "").split("\t", -1)).map(String::strip).toArray(String[]::new));
        return read(file, encoding, fields, names, accepted, rejected, bytesRead);
    }

    /**
     * Reads a file of one JSON object per line (POLECAT's JSON-lines form): each line goes to the mapper whole, and a
     * line it refuses is reported like a row.
     */
    public static <T> Summary readLines(Path file, Charset encoding, LineMapper<T> mapper, RowHandler<T> accepted,
                                        Consumer<Rejection> rejected, AtomicLong bytesRead) throws IOException {
        return read(file, encoding, mapper, null, accepted, rejected, bytesRead);
    }

    /** Reads the rows; {@code header}, when not null, takes the first line, which is then no row. */
    private static <T> Summary read(Path file, Charset encoding, LineMapper<T> fields, Consumer<String> header,
                                    RowHandler<T> accepted, Consumer<Rejection> rejected, AtomicLong bytesRead)
            throws IOException {
        LineMapper<Numbered<T>> lines = (line, number) -> new Numbered<>(fields.mapLine(line, number), number);
        String name = file.getFileName().toString();
        long rows = 0;
        long kept = 0;
        try (InputStream content = EventFileContent.open(file, bytesRead)) {
            FlatFileItemReader<Numbered<T>> reader = new FlatFileItemReader<>(new InputStreamResource(content, name), lines);
            reader.setName(name);
            reader.setEncoding(encoding.name());
            reader.setSaveState(false);
            reader.setStrict(true);
            if (header != null) {
                reader.setLinesToSkip(1);
                reader.setSkippedLinesCallback(header::accept);
            }
            reader.open(new ExecutionContext());
            try {
                while (true) {
                    Numbered<T> row;
                    try {
                        row = next(reader);
                    } catch (FlatFileParseException unreadable) {
                        rows++;
                        rejected.accept(new Rejection(name, unreadable.getLineNumber(), reasonOf(unreadable)));
                        continue;
                    }
                    if (row == null) {
                        break;
                    }
                    rows++;
                    kept++;
                    accepted.accept(row.row(), row.line());
                }
            } finally {
                reader.close();
            }
            if (EventFileContent.cutShort(content) != null) {
                throw new IOException("it is truncated after line %d (%s)".formatted(rows + (header != null ? 1 : 0),
                        EventFileContent.cutShort(content)));
            }
        } catch (ItemStreamException unreadableFile) {
            throw unreadable(unreadableFile);
        }
        return new Summary(rows, kept, rows - kept);
    }

    private record Numbered<T>(T row, long line) {
    }

    private static <T> T next(FlatFileItemReader<T> reader) throws IOException {
        try {
            return reader.read();
        } catch (FlatFileParseException | IOException expected) {
            throw expected;
        } catch (Exception unreadableFile) {
            throw unreadable(unreadableFile);
        }
    }

    /**
     * Why a file stopped before its end, as its reader's innermost cause says it (a .gz cut short: "Unexpected end of
     * ZLIB input stream"); the readers' own wrapping names resources, not the file.
     */
    private static IOException unreadable(Exception failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String reason = root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
        return new IOException("it stops before its end (" + reason + ")", failure);
    }

    private static String reasonOf(FlatFileParseException unreadable) {
        Throwable cause = unreadable.getCause();
        if (cause instanceof RejectedRowException rejected) {
            return rejected.getMessage();
        }
        if (cause instanceof IncorrectTokenCountException count) {
            return "has %d columns, the header names %d".formatted(count.getActualCount(), count.getExpectedCount());
        }
        return cause == null ? "cannot be read" : "cannot be read (" + cause.getClass().getSimpleName() + ")";
    }

}
