package org.diplograph;

import java.util.Arrays;

import org.diplograph.dataset.ImportCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Diplograph: a GraphQL API of diplomatic relations, seeded from cited news articles. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DiplographApplication {

    /** Serves the API; {@code import ...} as the first argument runs the import command instead (README). */
    public static void main(String[] args) {
        // jOOQ greets with a logo and a tip on first use: not what an operator reads a log for.
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        if (args.length > 0 && args[0].equals("import")) {
            System.exit(ImportCommand.run(DiplographApplication.class, Arrays.copyOfRange(args, 1, args.length),
                    System.out, System.err));
        }
        SpringApplication.run(DiplographApplication.class, args);
    }
}
