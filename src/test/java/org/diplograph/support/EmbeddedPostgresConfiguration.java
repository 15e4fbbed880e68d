package org.diplograph.support;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Under the {@code embedded-postgres} profile (the suite's second Surefire run), every application context gets its own
 * new database in a real PostgreSQL server; Flyway migrates and seeds it exactly as it would a production database.
 */
@Configuration(proxyBeanMethods = false)
@Profile(TestDatabases.POSTGRES_PROFILE)
class EmbeddedPostgresConfiguration {

    @Bean
    DataSource dataSource() {
        return TestDatabases.freshDatabase();
    }
}
