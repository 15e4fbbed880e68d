package org.diplograph.draft;

import java.util.ArrayList;
import java.util.List;

import org.diplograph.graphql.InputProblems;
import org.diplograph.graphql.UserErrorCode;
import org.diplograph.graphql.node.GlobalId;
import org.diplograph.graphql.node.NodeType;

/** The draft and the candidates a review names, each checked to exist and to belong to that draft. */
record Review(CodingDraft draft, List<DraftCandidate> candidates) {

    static Review of(String draftId, List<String> candidateIds, String field, DraftRepository drafts,
                     InputProblems problems) {
        long draftKey = GlobalId.decodeNumeric(draftId, NodeType.CODING_DRAFT, "draft");
        CodingDraft draft = drafts.findDrafts(List.of(draftKey)).get(draftKey);
        if (draft == null) {
            problems.add(UserErrorCode.NOT_FOUND, "No draft has the id '%s'.".formatted(draftId), "draft");
            return null;
        }
        List<DraftCandidate> candidates = new ArrayList<>();
        List<String> ids = candidateIds == null ? List.of() : candidateIds;
        if (ids.isEmpty()) {
            problems.add(UserErrorCode.INVALID, "Name at least one candidate.", field);
        }
        for (int index = 0; index < ids.size(); index++) {
            long key = GlobalId.decodeNumeric(ids.get(index), NodeType.DRAFT_CANDIDATE, field);
            DraftCandidate candidate = drafts.findCandidates(List.of(key)).get(key);
            if (candidate == null || candidate.draftKey() != draftKey) {
                problems.add(UserErrorCode.NOT_FOUND, "No candidate of this draft has the id '%s'.".formatted(ids.get(index)),
                        field, String.valueOf(index));
            } else if (candidates.stream().noneMatch(other -> other.key() == key)) {
                candidates.add(candidate);
            }
        }
        return new Review(draft, candidates);
    }
}
