package org.diplograph.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Base of the API tests: the whole application runs on a random port bound to 127.0.0.1 over the seeded embedded
 * database, and tests talk to it over real HTTP, as a front-end would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
public abstract class ApiTest {

    @LocalServerPort
    protected int port;

    protected HttpGraphQlTester graphQl;
    protected WebTestClient http;

    @BeforeEach
    void connect() {
        http = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build();
        graphQl = HttpGraphQlTester.create(http.mutate().baseUrl("http://127.0.0.1:" + port + "/graphql").build());
    }
}
