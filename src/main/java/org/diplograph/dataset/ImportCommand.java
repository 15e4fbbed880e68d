package org.diplograph.dataset;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code diplograph import --format=gdelt-events|gdelt-mentions|icews|polecat FILE...}: imports event files into the
 * configured database (by default the ./data file the server uses), with a progress line while it runs, then a summary
 * and every rejected row as {@code file:line: reason}. Exit status 0 when every file was read to its end (rejected rows
 * are counted, not fatal), 1 when a file could not be read to its end, 2 when the command line is wrong or names a
 * file that does not exist or cannot be read (told before anything starts). Off a terminal the
 * progress line is printed every {@code diplograph.import.progress-seconds} (10; 0 after every chunk). Other {@code --name=value}
 * arguments configure the application as they do the server ({@code --spring.datasource.url=...}).
 */
public final class ImportCommand {

    static final String USAGE = """
            usage: diplograph import --format=FORMAT [--encoding=ENCODING] FILE...
              FORMAT:   gdelt-events, gdelt-mentions, icews, polecat
              ENCODING: utf-8 (the default), latin1 or windows-1252
              FILE:   plain, .zip (first entry) or .gz; imported in the order given
              other --name=value arguments configure the application, as for the server""";

    private ImportCommand() {
    }

    /** Runs the command; returns the process's exit status. */
    public static int run(Class<?> application, String[] arguments, PrintStream out, PrintStream err) {
        ImportFormat format = null;
        Charset encoding = StandardCharsets.UTF_8;
        List<Path> files = new ArrayList<>();
        List<String> settings = new ArrayList<>();
        for (String argument : arguments) {
            if (argument.startsWith("--encoding=")) {
                Optional<Charset> named = ImportChecks.encoding(argument.substring("--encoding=".length()));
                if (named.isEmpty()) {
                    err.println("unknown encoding '" + argument.substring("--encoding=".length()) + "'\n" + USAGE);
                    return 2;
                }
                encoding = named.get();
            } else if (argument.startsWith("--format=")) {
                Optional<ImportFormat> named = ImportFormat.ofOption(argument.substring("--format=".length()));
                if (named.isEmpty()) {
                    err.println("unknown format '" + argument.substring("--format=".length()) + "'\n" + USAGE);
                    return 2;
                }
                format = named.get();
            } else if (argument.startsWith("--")) {
                settings.add(argument);
            } else {
                files.add(Path.of(argument));
            }
        }
        if (format == null || files.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        // Checked before the application starts: a mistyped name, a file of another format or encoding is told at
        // once, and no import is recorded.
        List<String> problems = ImportChecks.problems(format, encoding, files);
        if (!problems.isEmpty()) {
            problems.forEach(err::println);
            return 2;
        }
        SpringApplication spring = new SpringApplication(application);
        spring.setWebApplicationType(WebApplicationType.NONE);
        spring.setBannerMode(Banner.Mode.OFF);
        spring.setLogStartupInfo(false);
        spring.setDefaultProperties(Map.of("logging.level.root", "WARN", "spring.main.log-startup-info", "false"));
        Path rejections;
        try {
            rejections = Files.createTempFile("diplograph-rejected-", ".txt");
        } catch (IOException cannot) {
            throw new UncheckedIOException(cannot);
        }
        try (ConfigurableApplicationContext context = spring.run(settings.toArray(String[]::new));
             BufferedWriter rejected = Files.newBufferedWriter(rejections, StandardCharsets.UTF_8)) {
            long quietSeconds = context.getEnvironment().getProperty("diplograph.import.progress-seconds", Long.class, 10L);
            ConsoleProgress progress = new ConsoleProgress(err, rejected, System.console() != null, quietSeconds);
            long started = System.nanoTime();
            EventImporter.Outcome outcome = context.getBean(EventImporter.class).run(format, files, encoding, progress);
            progress.done();
            rejected.flush();
            double seconds = (System.nanoTime() - started) / 1e9;
            DatasetImport run = outcome.run();
            out.printf("imported %s: %,d rows read in %.1f s (%,.0f rows/s): %,d imported, %,d already there, "
                            + "%,d rejected%n", String.join(", ", run.files()), run.rowsRead(), seconds,
                    run.rowsRead() / Math.max(seconds, 0.001), run.rowsImported(), run.rowsDuplicate(),
                    run.rowsRejected());
            if (run.rowsWithoutEvent() > 0) {
                out.printf("mentions of events not imported: %,d (GDELT's mentions point at events of earlier files: "
                        + "import those events files, then these mentions again)%n", run.rowsWithoutEvent());
            }
            out.printf("import %s (%s), status %s%n", run.id(), format.option(), run.status());
            if (run.rowsRejected() > 0) {
                out.println("rejected rows:");
                try (var lines = Files.lines(rejections, StandardCharsets.UTF_8)) {
                    lines.forEach(line -> out.println("  " + line));
                }
            }
            if (!outcome.unknownCountries().isEmpty()) {
                out.println("countries no code book entry names (the rows are kept, without that country):");
                outcome.unknownCountries().forEach((unknown, rowCount) ->
                        out.printf("  %s: %,d row%s%n", unknown, rowCount, rowCount == 1 ? "" : "s"));
            }
            outcome.unreadableFiles().forEach(file -> err.println("cannot read " + file));
            return outcome.unreadableFiles().isEmpty() ? 0 : 1;
        } catch (DatasetImports.ImportBusyException busy) {
            err.println(busy.getMessage());
            return 2;
        } catch (IOException cannot) {
            err.println("cannot write the list of rejected rows: " + cannot.getMessage());
            return 1;
        } finally {
            try {
                Files.deleteIfExists(rejections);
            } catch (IOException ignored) {
                // a temporary file the system cleans up
            }
        }
    }
}
