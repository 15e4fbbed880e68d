package org.diplograph.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.diplograph.country.CountryRepository;
import org.diplograph.sql.StatementTimeouts;
import org.diplograph.support.ApiTest;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * The real application's deadline, statement cancel and unexpected-failure report. A test-only jOOQ listener makes the
 * database slow on demand (each statement waits past the 1 s deadline), so the outcome does not hang on the machine's
 * speed; the statement cancel runs a query that would take minutes through the application's own jOOQ configuration.
 */
@TestPropertySource(properties = "diplograph.limits.timeout=1s")
@ExtendWith(OutputCaptureExtension.class)
class RequestDeadlineTest extends ApiTest {

    static final AtomicBoolean SLOW_DATABASE = new AtomicBoolean();

    @TestConfiguration
    static class SlowDatabase {
        @Bean
        DefaultConfigurationCustomizer slowOnDemand() {
            return configuration -> configuration.set(new ExecuteListener() {
                @Override
                public void executeStart(ExecuteContext context) {
                    if (SLOW_DATABASE.get()) {
                        try {
                            Thread.sleep(1_200);
                        } catch (InterruptedException interrupted) {
                            Thread.currentThread().interrupt();
                        }
                    }
                }
            });
        }
    }

    @Autowired
    private DSLContext dsl;

    @MockitoSpyBean
    private CountryRepository countries;

    @AfterEach
    void fastAgain() {
        SLOW_DATABASE.set(false);
        Mockito.reset(countries);
    }

    @Test
    void fieldsStillToResolveAtTheDeadlineFailWithOneTimeoutError() {
        SLOW_DATABASE.set(true);
        graphQl.document("{ countries(first: 2) { nodes { code aliases { text } } } }").execute()
                .errors().satisfy(errors -> {
                    assertThat(errors).hasSize(1);
                    assertThat(errors.get(0).getExtensions()).containsEntry("code", "TIMEOUT").containsEntry("limit", 1_000);
                });
    }

    @Test
    @Timeout(60)
    void aStatementTheDatabaseCancelsAtTheRequestTimeoutReachesTheClientAsTimeout(CapturedOutput log) {
        assertThat(dsl.settings().getQueryTimeout()).isEqualTo(1);
        String forMinutes = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000000) "
                + "SELECT COUNT(*) FROM n";
        AtomicReference<Throwable> cancelled = new AtomicReference<>();
        Mockito.doAnswer(call -> {
            try {
                return dsl.fetch(forMinutes);
            } catch (RuntimeException failure) {
                cancelled.set(failure);
                throw failure;
            }
        }).when(countries).findByIsoCode(Mockito.eq("PE"), Mockito.anyString());
        graphQl.document("{ country(code: \"PE\") { name } }").execute().errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0).getExtensions()).containsEntry("code", "TIMEOUT");
            assertThat(errors.get(0).getMessage()).doesNotContain("SELECT").doesNotContain("RECURSIVE");
        });
        assertThat(cancelled.get()).as("the statement ran and the database stopped it").isNotNull();
        assertThat(StatementTimeouts.timedOut(cancelled.get())).as("cancelled by its timeout: %s", cancelled.get()).isTrue();
        assertThat(log.getAll()).doesNotContain("Internal error");
    }

    @Test
    void anUnexpectedFailureIsAnInternalErrorWhoseIdIsInTheLogAndNothingElseLeaks(CapturedOutput log) {
        Mockito.doThrow(new IllegalStateException("disk /var/lib/secret failed during SELECT * FROM country"))
                .when(countries).findByIsoCode(Mockito.eq("PE"), Mockito.anyString());
        graphQl.document("{ country(code: \"PE\") { name } }").execute().errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            Map<String, Object> extensions = errors.get(0).getExtensions();
            assertThat(extensions).containsEntry("code", "INTERNAL_ERROR").containsEntry("classification", "INTERNAL_ERROR");
            String errorId = (String) extensions.get("errorId");
            assertThat(errors.get(0).getMessage()).isEqualTo("Internal error; quote id %s when reporting it.".formatted(errorId));
            assertThat(log.getAll()).contains("Internal error " + errorId).contains("disk /var/lib/secret failed");
        });
    }
}
