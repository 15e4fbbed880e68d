package org.diplograph.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.diplograph.support.ServerProcess;

/**
 * Measures {@code diplograph import} on GDELT 2.0 Events files of growing size written by {@link GdeltEventsGenerator}:
 * for each database and size, a new empty database (an embedded PostgreSQL server of its own, or a new H2 file), one
 * import run as a user runs it (a separate JVM with a fixed heap), and its figures: rows/s as the command reports them
 * (reading, mapping and writing, without the JVM's start and the migrations), the whole command's wall time, the
 * process's peak resident memory (VmHWM) and its largest live heap: every {@value #LIVE_HEAP_SECONDS} s the benchmark
 * asks the JVM for a histogram of its live objects ({@code jcmd PID GC.class_histogram}, which collects first), the
 * figure a streaming import must keep flat as files grow. Every run stops by itself.
 *
 * <p>System properties: {@code bench.imports} (default {@code postgresql:10000,postgresql:100000,postgresql:1000000,
 * h2:10000,h2:100000,h2:1000000}; {@code none} skips), {@code bench.importHeap} (the import's {@code -Xmx}, default
 * 256m), {@code bench.importJvmArgs} (more options for the import's JVM, such as a JFR recording, to find where its
 * time goes), {@code bench.importReport} (default {@code target/bench/import-report.md}).
 */
public final class ImportBenchmark {

    private static final Pattern SUMMARY = Pattern.compile(
            "imported .*: ([0-9,]+) rows read in ([0-9.]+) s \\(([0-9,]+) rows/s\\): ([0-9,]+) imported");
    /** The last line of a class histogram: "Total   1125012   55409264" (instances, bytes). */
    private static final Pattern HISTOGRAM_TOTAL = Pattern.compile("Total\\s+\\d+\\s+(\\d+)");
    static final int LIVE_HEAP_SECONDS = 5;
    private static final Duration LONGEST_RUN = Duration.ofHours(2);

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String imports = System.getProperty("bench.imports",
                "postgresql:10000,postgresql:100000,postgresql:1000000,h2:10000,h2:100000,h2:1000000");
        if ("none".equals(imports)) {
            return;
        }
        String heap = System.getProperty("bench.importHeap", "256m");
        Path report = Path.of(System.getProperty("bench.importReport", "target/bench/import-report.md"));
        Path work = Files.createDirectories(Path.of("target/bench/import"));
        StringBuilder table = new StringBuilder()
                .append("Diplograph import benchmark, ").append(LocalDateTime.now().withNano(0)).append('\n')
                .append(BenchmarkRunner.machine()).append("; import heap -Xmx").append(heap).append('\n')
                .append("GDELT 2.0 Events files from GdeltEventsGenerator, imported into an empty database\n\n")
                .append("| db | rows | imported | rows/s | import s | command wall s | peak RSS | largest live heap |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        System.out.print(table);
        for (String run : imports.split(",")) {
            String db = run.split(":")[0];
            long rows = Long.parseLong(run.split(":")[1]);
            Path file = work.resolve("gdelt-" + rows + ".export.CSV");
            if (!Files.exists(file)) {
                GdeltEventsGenerator.write(file, rows, 20221221L, 1);
            }
            String row = measure(db, rows, file, heap, work);
            System.out.print(row);
            table.append(row);
            Files.writeString(report, table);
        }
        System.out.println("\nReport written to " + report);
    }

    private static String measure(String db, long rows, Path file, String heap, Path work) throws Exception {
        Path runDirectory = Files.createDirectories(work.resolve(db + "-" + rows + "-" + System.nanoTime()));
        EmbeddedPostgres postgres = null;
        try {
            List<String> database;
            if ("postgresql".equals(db)) {
                postgres = EmbeddedPostgres.builder().setDataDirectory(runDirectory.resolve("pg"))
                        .setServerConfig("shared_buffers", "512MB").start();
                database = List.of("--spring.profiles.active=postgres",
                        "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                        "--spring.datasource.username=postgres");
            } else {
                database = List.of("--spring.datasource.url=jdbc:h2:file:" + runDirectory.resolve("h2/diplograph")
                        .toAbsolutePath() + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
            }
            List<String> jvm = new java.util.ArrayList<>(List.of("-Xmx" + heap));
            String extra = System.getProperty("bench.importJvmArgs", "");
            if (!extra.isBlank()) {
                jvm.addAll(List.of(extra.strip().split("\\s+")));
            }
            List<String> command = ServerProcess.application(jvm);
            command.addAll(List.of("import", "--format=gdelt-events", file.toAbsolutePath().toString(),
                    "--logging.level.root=WARN"));
            command.addAll(database);
            Path output = runDirectory.resolve("import.log");
            long started = System.nanoTime();
            Process process = new ProcessBuilder(command).directory(runDirectory.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            long peak = 0;
            long live = 0;
            long nextHistogram = started + TimeUnit.SECONDS.toNanos(LIVE_HEAP_SECONDS);
            while (!process.waitFor(200, TimeUnit.MILLISECONDS)) {
                peak = Math.max(peak, peakResident(process.pid()));
                if (System.nanoTime() > nextHistogram) {
                    live = Math.max(live, liveHeap(process.pid()));
                    nextHistogram = System.nanoTime() + TimeUnit.SECONDS.toNanos(LIVE_HEAP_SECONDS);
                }
                if (System.nanoTime() - started > LONGEST_RUN.toNanos()) {
                    process.destroyForcibly();
                    throw new IllegalStateException("Import of " + rows + " rows on " + db + " ran over " + LONGEST_RUN);
                }
            }
            double wall = (System.nanoTime() - started) / 1e9;
            String log = Files.readString(output);
            Matcher summary = SUMMARY.matcher(log);
            if (process.exitValue() != 0 || !summary.find()) {
                throw new IllegalStateException("Import failed (exit " + process.exitValue() + "):\n" + log);
            }
            long imported = Long.parseLong(summary.group(4).replace(",", ""));
            if (imported != rows) {
                // Every generated row is a well-formed, distinct event: one that did not land is a lost row.
                throw new IllegalStateException("%,d rows generated, %,d imported:%n%s".formatted(rows, imported, log));
            }
            return String.format(Locale.ROOT, "| %s | %,d | %s | %s | %s | %.1f | %,d MB | %,d MB |%n", db, rows,
                    summary.group(4), summary.group(3), summary.group(2), wall, peak >> 20, live >> 20);
        } finally {
            if (postgres != null) {
                postgres.close();
            }
        }
    }

    /** The process's peak resident set so far (VmHWM), 0 once it is gone. */
    private static long peakResident(long pid) {
        try {
            return BenchmarkRunner.memoryStatus(pid, "VmHWM");
        } catch (IOException | java.io.UncheckedIOException gone) {
            return 0;
        }
    }

    /** The bytes of the process's live objects (0 if it is gone or not yet answering). */
    private static long liveHeap(long pid) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid), "GC.class_histogram").redirectErrorStream(true).start();
        String histogram = new String(jcmd.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        jcmd.waitFor();
        Matcher total = HISTOGRAM_TOTAL.matcher(histogram);
        return total.find() ? Long.parseLong(total.group(1)) : 0;
    }
}
