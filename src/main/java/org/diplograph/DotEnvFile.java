package org.diplograph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * A {@code .env} file in the working directory, read as environment variables are: every setting README and
 * {@code .env.example} name works there exactly as it does in the environment, {@code SPRING_PROFILES_ACTIVE}
 * included, and a real environment variable of the same name wins. Read before the application's own configuration,
 * so that profiles it activates are applied.
 */
class DotEnvFile implements EnvironmentPostProcessor, Ordered {

    static final String FILE = ".env";
    static final String SOURCE = "dotenv";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Path file = Path.of(FILE);
        if (!Files.isRegularFile(file)) {
            return;
        }
        Map<String, Object> variables = parse(read(file));
        if (environment.getPropertySources().contains(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME)) {
            environment.getPropertySources().addAfter(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                    new SystemEnvironmentPropertySource(SOURCE, variables));
        } else {
            environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource(SOURCE, variables));
        }
    }

    /** After Boot has set up the environment's own variables, before it reads the configuration files. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 6;
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Cannot read " + file.toAbsolutePath(), unreadable);
        }
    }

    /** {@code NAME=value} lines; blank lines and {@code #} comments skipped, one pair of quotes around a value removed. */
    static Map<String, Object> parse(List<String> lines) {
        Map<String, Object> variables = new LinkedHashMap<>();
        for (String line : lines) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            if (trimmed.startsWith("export ")) {
                trimmed = trimmed.substring("export ".length()).strip();
            }
            int equals = trimmed.indexOf('=');
            if (equals <= 0) {
                continue;
            }
            String value = trimmed.substring(equals + 1).strip();
            if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                    || value.startsWith("'") && value.endsWith("'"))) {
                value = value.substring(1, value.length() - 1);
            }
            variables.put(trimmed.substring(0, equals).strip(), value);
        }
        return variables;
    }
}
