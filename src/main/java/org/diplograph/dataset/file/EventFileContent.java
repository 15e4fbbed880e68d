package org.diplograph.dataset.file;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * An event file's content as its rows are read from it: plain, zipped (first entry) or gzipped; without a leading
 * byte-order mark; up to the last whole line when a compressed file was cut short; and checked for UTF-8.
 */
public final class EventFileContent {

    private EventFileContent() {
    }

    /** Why the content ended before the file did (a compressed file cut short), or null. */
    public static String cutShort(InputStream content) {
        return content instanceof WholeLines whole ? whole.cutShort : null;
    }

    /** The file's first line (decompressed), or null when it has none. */
    public static String firstLine(Path file) throws IOException {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                open(file, new AtomicLong()), StandardCharsets.UTF_8))) {
            return lines.readLine();
        }
    }

    /**
     * The number of the first line (from 1) that holds bytes UTF-8 does not allow, or empty when the whole file is
     * UTF-8: a Latin-1 or Windows-1252 file read as UTF-8 would turn every accented letter into U+FFFD.
     */
    public static OptionalLong firstLineNotUtf8(Path file) throws IOException {
        try (InputStream in = open(file, new AtomicLong())) {
            byte[] chunk = new byte[1 << 16];
            long line = 1;
            int pending = 0;
            int low = 0x80;
            int high = 0xBF;
            for (int read = in.read(chunk); read >= 0; read = in.read(chunk)) {
                for (int i = 0; i < read; i++) {
                    int b = chunk[i] & 0xFF;
                    if (pending > 0) {
                        if (b < low || b > high) {
                            return OptionalLong.of(line);
                        }
                        pending--;
                        low = 0x80;
                        high = 0xBF;
                        continue;
                    }
                    if (b == '\n') {
                        line++;
                    } else if (b >= 0x80) {
                        // The lead byte says how many continuation bytes follow, and the range of the first of them
                        // (no overlong forms, no surrogates, nothing past U+10FFFF).
                        if (b >= 0xC2 && b <= 0xDF) {
                            pending = 1;
                        } else if (b >= 0xE0 && b <= 0xEF) {
                            pending = 2;
                            low = b == 0xE0 ? 0xA0 : 0x80;
                            high = b == 0xED ? 0x9F : 0xBF;
                        } else if (b >= 0xF0 && b <= 0xF4) {
                            pending = 3;
                            low = b == 0xF0 ? 0x90 : 0x80;
                            high = b == 0xF4 ? 0x8F : 0xBF;
                        } else {
                            return OptionalLong.of(line);
                        }
                    }
                }
            }
            return pending > 0 ? OptionalLong.of(line) : OptionalLong.empty();
        }
    }

    /**
     * Every file's content as the reader sees it, without a leading UTF-8 byte-order mark. A compressed file cut short
     * (an interrupted download) fails in the middle of a row. This passes its content on
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
        private boolean atStart = true;
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
            } catch (EOFException | ZipException fault) {
                cutShort = fault.getMessage() != null ? fault.getMessage() : fault.getClass().getSimpleName();
                ended = true;
                ready = new byte[0];
                readyAt = 0;
                return;
            }
            readyAt = 0;
            if (atStart && read >= 3 && (chunk[0] & 0xFF) == 0xEF && (chunk[1] & 0xFF) == 0xBB
                    && (chunk[2] & 0xFF) == 0xBF) {
                // A UTF-8 byte-order mark before the first row is not part of it (Windows tools write one).
                System.arraycopy(chunk, 3, chunk, 0, read - 3);
                read -= 3;
            }
            atStart = false;
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
    public static InputStream open(Path file, AtomicLong bytesRead) throws IOException {
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
        return new WholeLines(decompressed(file, raw));
    }

    private static InputStream decompressed(Path file, InputStream raw) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            return new GZIPInputStream(raw, 1 << 16);
        }
        if (name.endsWith(".zip")) {
            ZipInputStream zip = new ZipInputStream(raw);
            ZipEntry first = zip.getNextEntry();
            if (first == null) {
                zip.close();
                throw new IOException(file.getFileName() + " is an empty zip archive");
            }
            return zip;
        }
        return raw;
    }
}
