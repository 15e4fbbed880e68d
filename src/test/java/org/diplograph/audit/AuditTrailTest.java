package org.diplograph.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.diplograph.support.WriteTest;
import org.junit.jupiter.api.Test;

/** The audit trail lists every write, newest first, filterable by author and fact type, with the fact as it stood. */
class AuditTrailTest extends WriteTest {

    @Test
    void everyWriteIsInTheTrailWithItsAuthorTimeAndSnapshot() {
        String id = writer.document("""
                        mutation($input: RecordActionInput!) { recordAction(input: $input) { action { id } } }""")
                .variable("input", Map.of("summary", "Audit trail probe", "eventCode", "010",
                        "actors", List.of(actorId("andres-manuel-lopez-obrador")), "occurred", Map.of(),
                        "evidence", List.of(sentenceId(8)))).execute()
                .path("recordAction.action.id").entity(String.class).get();
        writer.document("mutation($id: ID!) { correctAction(input: {id: $id, expectedVersion: 1, details: \"probed\"}) { userErrors { code } } }")
                .variable("id", id).execute().path("correctAction.userErrors").entityList(Object.class).hasSize(0);

        graphQl.document("""
                        { auditTrail(by: "tester", factType: ACTION, first: 2) {
                            totalCount
                            nodes { factId factType version operation change { by at } snapshot fact { id version } } } }""")
                .execute()
                .path("auditTrail.nodes[*].factId").entityList(String.class).containsExactly(id, id)
                .path("auditTrail.nodes[*].operation").entityList(String.class).containsExactly("CORRECT", "RECORD")
                .path("auditTrail.nodes[*].version").entityList(Integer.class).containsExactly(2, 1)
                .path("auditTrail.nodes[0].snapshot.details").entity(String.class).isEqualTo("probed")
                .path("auditTrail.nodes[1].snapshot.summary").entity(String.class).isEqualTo("Audit trail probe")
                .path("auditTrail.nodes[0].fact.version").entity(Integer.class).isEqualTo(2)
                .path("auditTrail.nodes[0].change.at").entity(String.class).satisfies(at -> assertThat(at).endsWith("Z"));
        graphQl.document("{ auditTrail(by: \"nobody\") { totalCount } }").execute()
                .path("auditTrail.totalCount").entity(Integer.class).isEqualTo(0);
    }

    @Test
    void seededFactsAreAttributedToTheMigration() {
        graphQl.document("{ actor(slug: \"pablo-monroy\") { version recorded { by } lastChange { by } revisions { version } } }")
                .execute()
                .path("actor.recorded.by").entity(String.class).isEqualTo("migration")
                .path("actor.lastChange").valueIsNull()
                .path("actor.revisions").entityList(Object.class).hasSize(0);
    }
}
