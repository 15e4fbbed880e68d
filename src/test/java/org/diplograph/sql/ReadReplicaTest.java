package org.diplograph.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.zaxxer.hikari.HikariDataSource;
import org.diplograph.support.TestDatabases;
import org.diplograph.support.RunsAlongside;
import org.diplograph.support.WriteTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * With a read replica configured, queries read from it and mutations write to, and read their own writes from, the
 * primary. The replica here is another database that nothing replicates to: the name it alone gives an actor
 * shows which database answered a read, and a fact written through the API that it lacks shows where writes went.
 */
@RunsAlongside
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:replica-primary;DB_CLOSE_DELAY=-1")
class ReadReplicaTest extends WriteTest {

    private static final String REPLICA_NAME = "Pedro Castillo, as the replica has him";
    private static HikariDataSource replica;

    @DynamicPropertySource
    static void replica(DynamicPropertyRegistry properties) {
        replica = TestDatabases.freshDatabase();
        Flyway.configure().dataSource(replica).locations("classpath:db/migration",
                "classpath:db/vendor/" + (TestDatabases.onPostgres() ? "postgresql" : "h2")).load().migrate();
        JdbcClient.create(replica).sql("UPDATE actor SET name = ? WHERE slug = 'pedro-castillo'").param(REPLICA_NAME).update();
        properties.add("diplograph.db.replica-url", replica::getJdbcUrl);
        properties.add("diplograph.db.replica-user", replica::getUsername);
    }

    @AfterAll
    static void closeReplica() {
        replica.close();
    }

    @Test
    void aQueryReadsFromTheReplica() {
        graphQl.document("{ actor(slug: \"pedro-castillo\") { name } }").execute()
                .path("actor.name").entity(String.class).isEqualTo(REPLICA_NAME);
    }

    @Test
    void aMutationWritesToThePrimaryAndItsPayloadReadsItsOwnWriteThere() {
        Map<String, Object> input = Map.of("slug", "replica-probe", "kind", "PERSON", "name", "Dina Boluarte",
                "description", "written through the API", "country", "PE", "firstMention", sentenceId(3));
        writer.document("mutation($input: RecordActorInput!) { recordActor(input: $input) { actor { slug name } "
                        + "userErrors { code } } }").variable("input", input).execute()
                .path("recordActor.userErrors").entityList(Object.class).hasSize(0)
                .path("recordActor.actor.name").entity(String.class).isEqualTo("Dina Boluarte");

        assertThat(jdbc.sql("SELECT count(*) FROM actor WHERE slug = 'replica-probe'").query(Long.class).single())
                .as("the primary holds the write").isEqualTo(1);
        assertThat(JdbcClient.create(replica).sql("SELECT count(*) FROM actor WHERE slug = 'replica-probe'")
                .query(Long.class).single()).as("the replica, which nothing replicates to here, does not").isZero();
        graphQl.document("{ actor(slug: \"replica-probe\") { name } }").execute()
                .errors().expect(error -> "NOT_FOUND".equals(error.getExtensions().get("code"))).verify()
                .path("actor").valueIsNull();
    }
}
