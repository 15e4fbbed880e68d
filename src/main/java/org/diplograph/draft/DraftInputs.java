package org.diplograph.draft;

import java.time.LocalDate;
import java.util.List;

import org.diplograph.graphql.UserError;

/** The GraphQL inputs and payloads of drafting and review, as Spring for GraphQL binds them. */
final class DraftInputs {

    private DraftInputs() {
    }

    record DraftFactsInput(String text, String headline, String url, String outlet, LocalDate published, String language) {
    }

    record DraftFactsPayload(CodingDraft draft, List<UserError> userErrors) {
    }

    record CandidateEdit(String candidate, String content, String summary, String eventCode, Boolean negated,
                         String speaker, List<String> actors, List<String> recipients, Integer quantity,
                         String exactness) {
    }

    record AcceptCandidatesInput(String draft, List<String> accept, List<CandidateEdit> edits) {
    }

    record RejectCandidatesInput(String draft, List<String> reject) {
    }

    record ReviewPayload(CodingDraft draft, List<DraftCandidate> candidates, List<UserError> userErrors) {
    }
}
