package org.diplograph;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Diplograph: a GraphQL API of diplomatic relations, seeded from cited news articles. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DiplographApplication {

    public static void main(String[] args) {
        SpringApplication.run(DiplographApplication.class, args);
    }
}
