package org.diplograph.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import org.diplograph.support.WriteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.http.MediaType;

/**
 * Nobody without a key may write: every mutation refuses anonymous callers (UNAUTHORIZED) and read-only keys
 * (FORBIDDEN) and writes nothing; a wrong key is refused at the door (HTTP 401). Reads stay public.
 */
class WriteAuthorizationTest extends WriteTest {

    @Autowired
    GraphQlSource graphQlSource;

    private static final String RETRACT = """
            mutation($id: ID!) { retractFact(input: {id: $id, expectedVersion: 1, reason: "test"}) {
              fact { id } userErrors { code } } }""";

    @Test
    void everyMutationRequiresAWriterKey() {
        List<GraphQLFieldDefinition> mutations = graphQlSource.schema().getMutationType().getFieldDefinitions();
        assertThat(mutations).extracting(GraphQLFieldDefinition::getName).contains("retractFact", "recordSource",
                "correctSource", "recordActor", "correctActor", "recordActorRole", "correctActorRole", "recordStatement",
                "correctStatement", "recordAction", "correctAction");
        Map<String, String> before = fingerprint();
        for (GraphQLFieldDefinition mutation : mutations) {
            // The least input that passes GraphQL validation: authorization is checked before anything else.
            String document = "mutation($input: %s) { %s(input: $input) { userErrors { code } } }"
                    .formatted(GraphQLTypeUtil.simplePrint(mutation.getArgument("input").getType()), mutation.getName());
            Object input = leastValid(mutation.getArgument("input").getType());
            graphQl.document(document).variable("input", input).execute()
                    .errors().satisfy(errors -> assertThat(errors).as(mutation.getName()).singleElement().satisfies(error ->
                            assertThat(error.getExtensions()).containsEntry("classification", "UNAUTHORIZED")));
            reader.document(document).variable("input", input).execute()
                    .errors().satisfy(errors -> assertThat(errors).as(mutation.getName()).singleElement().satisfies(error ->
                            assertThat(error.getExtensions()).containsEntry("classification", "FORBIDDEN")));
        }
        assertThat(fingerprint()).isEqualTo(before);
    }

    /** A value of the type with every required field filled in, however wrong its contents. */
    private static Object leastValid(GraphQLInputType type) {
        GraphQLType unwrapped = GraphQLTypeUtil.unwrapNonNull(type);
        if (unwrapped instanceof GraphQLList list) {
            return List.of(leastValid((GraphQLInputType) list.getWrappedType()));
        }
        if (unwrapped instanceof GraphQLInputObjectType object) {
            Map<String, Object> value = new LinkedHashMap<>();
            for (GraphQLInputObjectField field : object.getFieldDefinitions()) {
                if (GraphQLTypeUtil.isNonNull(field.getType())) {
                    value.put(field.getName(), leastValid(field.getType()));
                }
            }
            return value;
        }
        if (unwrapped instanceof GraphQLEnumType enumType) {
            return enumType.getValues().get(0).getName();
        }
        return switch (((GraphQLNamedType) unwrapped).getName()) {
            case "Int" -> 1;
            case "Float" -> 1.0;
            case "Boolean" -> false;
            case "Date" -> "2022-12-21";
            default -> "x";
        };
    }

    @Test
    void aWrongKeyIsRefusedWithHttp401EvenForReads() {
        for (String header : List.of("Bearer not-a-key", "Bearer " + WRITER_KEY + "x")) {
            http.post().uri("/graphql").header("Authorization", header).contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("query", "{ countries { totalCount } }")).exchange()
                    .expectStatus().isUnauthorized()
                    .expectHeader().valueEquals("WWW-Authenticate", "Bearer")
                    .expectBody().jsonPath("$.errors[0].extensions.classification").isEqualTo("UNAUTHORIZED");
        }
        http.post().uri("/graphql").header("X-API-Key", "wrong").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", "{ countries { totalCount } }")).exchange().expectStatus().isUnauthorized();
    }

    @Test
    void readsArePublicAndAnyValidKeyMayRead() {
        graphQl.document("{ countries { totalCount } }").execute().path("countries.totalCount").entity(Integer.class).get();
        reader.document("{ countries { totalCount } }").execute().path("countries.totalCount").entity(Integer.class).get();
        writer.document("{ countries { totalCount } }").execute().path("countries.totalCount").entity(Integer.class).get();
    }

    @Test
    void aWriterKeyIsRecordedAsTheAuthor() {
        String action = id("{ actions(first: 1, filter: {eventCodes: [\"042\"]}) { nodes { id } } }", "actions.nodes[0].id");
        int version = writer.document("query($id: ID!) { node(id: $id) { ... on Action { version } } }").variable("id", action)
                .execute().path("node.version").entity(Integer.class).get();
        writer.document(RETRACT.replace("expectedVersion: 1", "expectedVersion: " + version)).variable("id", action).execute()
                .path("retractFact.userErrors").entityList(Object.class).hasSize(0)
                .path("retractFact.fact.id").entity(String.class).isEqualTo(action);
        writer.document("query($id: ID!) { node(id: $id) { ... on Action { isRetracted retraction { by reason } lastChange { by } } } }")
                .variable("id", action).execute()
                .path("node.isRetracted").entity(Boolean.class).isEqualTo(true)
                .path("node.retraction.by").entity(String.class).isEqualTo("tester")
                .path("node.lastChange.by").entity(String.class).isEqualTo("tester");
    }
}
