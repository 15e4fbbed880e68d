package org.diplograph.dataset;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
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

    /** The file's first line (decompressed), or null when it has none. */
    static String firstLine(Path file) throws IOException {
        try (java.io.BufferedReader lines = new java.io.BufferedReader(new java.io.InputStreamReader(
                open(file, new AtomicLong()), java.nio.charset.StandardCharsets.UTF_8))) {
            return lines.readLine();
        }
    }

    /** Like {@link #read}, handing each accepted row over with its line number. */
    public static <T> Summary readNumbered(Path file, FieldSetMapper<T> mapper, boolean header, RowHandler<T> accepted,
                                           Consumer<Rejection> rejected, AtomicLong bytesRead) throws IOException {
        return read(file, mapper, header, accepted, rejected, bytesRead);
    }

    /**
     * Reads every row of the file, handing each one the mapper accepts to {@code accepted} and each one it refuses to
     * {@code rejected}; fails only when the file itself cannot be read.
     */
    public static <T> Summary read(Path file, FieldSetMapper<T> mapper, Consumer<T> accepted,
                                   Consumer<Rejection> rejected) throws IOException {
        return read(file, mapper, false, (row, line) -> accepted.accept(row), rejected, new AtomicLong());
    }

    /**
     * The same for a file whose first line names its columns (ICEWS, POLECAT): the mapper reads each row by those
     * names, and a row with more or fewer columns than the header (a stray tab) is reported, not guessed at.
     */
    public static <T> Summary readWithHeader(Path file, FieldSetMapper<T> mapper, Consumer<T> accepted,
                                             Consumer<Rejection> rejected) throws IOException {
        return read(file, mapper, true, (row, line) -> accepted.accept(row), rejected, new AtomicLong());
    }

    private static <T> Summary read(Path file, FieldSetMapper<T> mapper, boolean header, RowHandler<T> accepted,
                                    Consumer<Rejection> rejected, AtomicLong bytesRead) throws IOException {
        DelimitedLineTokenizer tokenizer = new DelimitedLineTokenizer(DelimitedLineTokenizer.DELIMITER_TAB);
        // The data sets quote nothing: a '"' in an actor's name is part of the name, not the start of a quoted field.
        tokenizer.setQuoteCharacter('\u0000');
        tokenizer.setStrict(header);
        DefaultLineMapper<T> fields = new DefaultLineMapper<>();
        fields.setLineTokenizer(tokenizer);
        fields.setFieldSetMapper(mapper);
        LineMapper<Numbered<T>> lines = (line, number) -> new Numbered<>(fields.mapLine(line, number), number);
        String name = file.getFileName().toString();
        long rows = 0;
        long kept = 0;
        try (InputStream content = open(file, bytesRead)) {
            FlatFileItemReader<Numbered<T>> reader = new FlatFileItemReader<>(new InputStreamResource(content, name), lines);
            reader.setName(name);
            reader.setSaveState(false);
            reader.setStrict(true);
            if (header) {
                reader.setLinesToSkip(1);
                // A byte-order mark before the first name is not part of it.
                reader.setSkippedLinesCallback(line -> tokenizer.setNames(
                        Arrays.stream(line.replace("\uFEFF", "").split("\t", -1)).map(String::strip).toArray(String[]::new)));
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
            if (content instanceof WholeLines whole && whole.cutShort != null) {
                throw new IOException("it is truncated after line %d (%s)".formatted(rows + (header ? 1 : 0),
                        whole.cutShort));
            }
        } catch (org.springframework.batch.infrastructure.item.ItemStreamException unreadableFile) {
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

    /**
     * A compressed file cut short (an interrupted download) fails in the middle of a row. This passes its content on
     * up to the last line break read, holding back the part of a line after it until the line is whole: at the fault
     * the reader sees the end of a file that holds every whole row before it, and {@link #cutShort} says why it ended.
     */
    private static final class WholeLines extends InputStream {

        private static final int LONGEST_HELD = 1 << 20;

        private final InputStream in;
        private final byte[] chunk = new byte[1 << 16];
        private byte[] ready = new byte[0];
        private int readyAt;
        private byte[] partial = new byte[0];
        private boolean ended;
        private String cutShort;

        WholeLines(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            while (readyAt == ready.length) {
                if (ended) {
                    return -1;
                }
                fill();
            }
            int count = Math.min(length, ready.length - readyAt);
            System.arraycopy(ready, readyAt, buffer, offset, count);
            readyAt += count;
            return count;
        }

        private void fill() throws IOException {
            int read;
            try {
                read = in.read(chunk);
            } catch (java.io.EOFException | java.util.zip.ZipException fault) {
                cutShort = fault.getMessage() != null ? fault.getMessage() : fault.getClass().getSimpleName();
                ended = true;
                ready = new byte[0];
                readyAt = 0;
                return;
            }
            readyAt = 0;
            if (read < 0) {
                ended = true;
                ready = partial;
                partial = new byte[0];
                return;
            }
            int lastBreak = read - 1;
            while (lastBreak >= 0 && chunk[lastBreak] != '\n') {
                lastBreak--;
            }
            if (lastBreak < 0 && partial.length + read <= LONGEST_HELD) {
                partial = concat(partial, chunk, 0, read);
                ready = new byte[0];
            } else if (lastBreak < 0) {
                // No line break in a megabyte: not rows at all; passed on for the reader to reject, not held.
                ready = concat(partial, chunk, 0, read);
                partial = new byte[0];
            } else {
                ready = concat(partial, chunk, 0, lastBreak + 1);
                partial = Arrays.copyOfRange(chunk, lastBreak + 1, read);
            }
        }

        private static byte[] concat(byte[] head, byte[] tail, int from, int to) {
            byte[] joined = Arrays.copyOf(head, head.length + to - from);
            System.arraycopy(tail, from, joined, head.length, to - from);
            return joined;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** The file's rows as a stream, counting the file's own (compressed) bytes read into {@code bytesRead}. */
    private static InputStream open(Path file, AtomicLong bytesRead) throws IOException {
        InputStream raw = new BufferedInputStream(new FilterInputStream(Files.newInputStream(file)) {
            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int read = super.read(buffer, offset, length);
                if (read > 0) {
                    bytesRead.addAndGet(read);
                }
                return read;
            }
        }, 1 << 16);
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            return new WholeLines(new GZIPInputStream(raw, 1 << 16));
        }
        if (name.endsWith(".zip")) {
            ZipInputStream zip = new ZipInputStream(raw);
            ZipEntry first = zip.getNextEntry();
            if (first == null) {
                zip.close();
                throw new IOException(file.getFileName() + " is an empty zip archive");
            }
            return new WholeLines(zip);
        }
        return raw;
    }
}
