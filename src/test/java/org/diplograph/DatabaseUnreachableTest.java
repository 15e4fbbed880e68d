package org.diplograph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.diplograph.support.DatabaseIndependent;

/**
 * Started against a database that is not there, the application ends with what is wrong and what to check, naming the
 * URL, and without a stack trace.
 */
@DatabaseIndependent
@ExtendWith(OutputCaptureExtension.class)
class DatabaseUnreachableTest {

    @Test
    void aDatabaseThatRefusesConnectionsIsNamedWithWhatToCheck(CapturedOutput output) throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/diplograph";
        int before = output.getOut().length();
        assertThatThrownBy(() -> new SpringApplicationBuilder(DiplographApplication.class)
                .web(WebApplicationType.NONE)
                .run("--spring.profiles.active=postgres", "--spring.datasource.url=" + url)).isNotNull();
        String printed = output.getOut().substring(before);
        assertThat(printed).contains("APPLICATION FAILED TO START")
                .contains("The database at " + url + " cannot be reached")
                .contains("Check that the database server runs and listens at that host and port")
                .doesNotContain("\tat org.");
    }
}
