package org.diplograph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.diplograph.support.DatabaseIndependent;
import org.junit.jupiter.api.Test;

/**
 * Units a newcomer can read at once: no class of {@code src/main} over 300 lines, and no package over 20 files. A
 * package that must be over it for a while is listed with its count, so that it can only shrink until it is split.
 */
@DatabaseIndependent
class UnitSizeTest {

    private static final Path MAIN = Path.of("src/main/java/org/diplograph");
    private static final int MOST_LINES = 300;
    private static final int MOST_FILES = 20;

    /** Packages over the limit, held to their number of files until they are split: none since issue 24. */
    private static final Map<String, Integer> STILL_TO_SPLIT = Map.of();

    @Test
    void noClassIsOverThreeHundredLines() throws IOException {
        Map<String, Long> tooLong = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                long lines;
                try (Stream<String> content = Files.lines(file)) {
                    lines = content.count();
                }
                if (lines > MOST_LINES) {
                    tooLong.put(MAIN.relativize(file).toString(), lines);
                }
            }
        }
        assertThat(tooLong).as("classes over %d lines", MOST_LINES).isEmpty();
    }

    @Test
    void noPackageGrowsPastTwentyFilesAndThoseOverItOnlyShrink() throws IOException {
        Map<String, Integer> over = new TreeMap<>();
        try (Stream<Path> packages = Files.walk(MAIN).filter(Files::isDirectory)) {
            for (Path directory : packages.toList()) {
                int files;
                try (Stream<Path> inside = Files.list(directory)) {
                    files = (int) inside.filter(path -> path.toString().endsWith(".java")).count();
                }
                String name = MAIN.relativize(directory).toString().replace('/', '.');
                int allowed = STILL_TO_SPLIT.getOrDefault(name, MOST_FILES);
                if (files > allowed) {
                    over.put(name, files);
                }
            }
        }
        assertThat(over).as("packages over %d files (or over their count when the limit was set: %s)", MOST_FILES,
                STILL_TO_SPLIT).isEmpty();
        List<String> nowSmallEnough = STILL_TO_SPLIT.keySet().stream()
                .filter(name -> fileCount(name) <= MOST_FILES).collect(Collectors.toList());
        assertThat(nowSmallEnough).as("packages split under the limit: remove them from STILL_TO_SPLIT").isEmpty();
    }

    private static int fileCount(String name) {
        try (Stream<Path> inside = Files.list(MAIN.resolve(name.replace('.', '/')))) {
            return (int) inside.filter(path -> path.toString().endsWith(".java")).count();
        } catch (IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }
}
