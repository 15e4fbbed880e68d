package org.diplograph.dataset;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;

import org.diplograph.dataset.DatasetImports.Counts;
import org.diplograph.dataset.file.EventFiles.Rejection;

/**
 * The import's progress line: a bar of the current file's bytes read, rows so far, rows per second and the time left
 * at that pace. On a terminal it redraws one line; otherwise (a log, CI) it prints a line every so many seconds.
 * Rejected rows go to a file, listed at the end, so a file full of bad rows costs no memory.
 */
final class ConsoleProgress implements EventImporter.Progress {

    private static final int WIDTH = 30;

    private final PrintStream console;
    private final Writer rejections;
    private final boolean terminal;
    private final long quietNanos;
    private final long started = System.nanoTime();
    private long lastPrinted = started;
    private boolean drawn;

    ConsoleProgress(PrintStream console, Writer rejections, boolean terminal, long quietSeconds) {
        this.quietNanos = quietSeconds * 1_000_000_000L;
        this.console = console;
        this.rejections = rejections;
        this.terminal = terminal;
    }

    @Override
    public void advanced(Counts counts, long bytesRead, long bytesTotal) {
        long now = System.nanoTime();
        if (!terminal && now - lastPrinted < quietNanos) {
            return;
        }
        lastPrinted = now;
        double seconds = Math.max((now - started) / 1e9, 0.001);
        double done = bytesTotal == 0 ? 1 : Math.min(1.0, (double) bytesRead / bytesTotal);
        int filled = (int) Math.round(done * WIDTH);
        String left = done <= 0 ? "?" : duration(seconds * (1 - done) / done);
        String line = "[%s%s] %3.0f%%  %,d rows  %,.0f rows/s  %s left".formatted("#".repeat(filled),
                ".".repeat(WIDTH - filled), done * 100, counts.read(), counts.read() / seconds, left);
        if (terminal) {
            console.print("\r" + line);
            drawn = true;
        } else {
            console.println(line);
        }
    }

    @Override
    public void rejected(Rejection rejection) {
        try {
            rejections.write(rejection.toString());
            rejections.write(System.lineSeparator());
        } catch (IOException cannot) {
            throw new UncheckedIOException(cannot);
        }
    }

    void done() {
        if (drawn) {
            console.println();
        }
    }

    private static String duration(double seconds) {
        long whole = Math.round(seconds);
        return "%d:%02d:%02d".formatted(whole / 3600, whole / 60 % 60, whole % 60);
    }
}
