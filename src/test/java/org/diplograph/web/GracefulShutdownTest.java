package org.diplograph.web;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.diplograph.support.ServerProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On SIGTERM the server stops taking requests, finishes the ones in flight, then exits: a deployment that rolls over
 * never cuts a client off mid-answer.
 */
class GracefulShutdownTest {

    @TempDir
    Path workingDirectory;

    @Test
    void aRequestInFlightWhenTheServerIsToldToStopIsStillAnswered() throws Exception {
        List<String> arguments = new ArrayList<>(ServerProcess.newDatabase());
        arguments.add("--logging.level.org.springframework.boot.tomcat=INFO");
        try (ServerProcess server = ServerProcess.start(workingDirectory, ServerProcess.freePort(), arguments)) {
            byte[] body = "{\"query\": \"{ country(code: \\\"PE\\\") { name } }\"}".getBytes(UTF_8);
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
                socket.setSoTimeout(30_000);
                OutputStream out = socket.getOutputStream();
                out.write(("POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n").getBytes(US_ASCII));
                // Half the body: the server has taken the request and is waiting for the rest of it.
                out.write(body, 0, body.length / 2);
                out.flush();
                Thread.sleep(500);

                server.process().destroy();
                Thread.sleep(1_000);
                assertThat(server.process().isAlive()).as("the server waits for the request in flight").isTrue();

                out.write(body, body.length / 2, body.length - body.length / 2);
                out.flush();
                String response = new String(socket.getInputStream().readAllBytes(), UTF_8);
                assertThat(response).startsWith("HTTP/1.1 200").contains("\"name\":\"Peru\"");
            }
            assertThat(server.process().waitFor(30, SECONDS)).as("the server exits once the request is answered").isTrue();
            assertThat(server.log()).contains("Graceful shutdown complete");
        }
    }
}
