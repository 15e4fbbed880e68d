package org.diplograph.draft;

import org.diplograph.draft.coding.CodedFacts;
import org.diplograph.graphql.node.GlobalId;
import org.diplograph.graphql.node.Identified;
import org.diplograph.graphql.node.NodeType;

/**
 * One guess of a draft, as stored: its kind and the guess itself (exactly one of quote, action, figure, actor is set),
 * where it cites, whether a reviewer accepted or rejected it, and the fact written when it was accepted.
 */
public record DraftCandidate(long key, long draftKey, int ordinal, CandidateKind kind, CandidateState state,
                             long sentenceKey, int start, int end, String words, double confidence, String rule,
                             CodedFacts.QuoteGuess quote, CodedFacts.ActionGuess action, CodedFacts.FigureGuess figure,
                             CodedFacts.ActorGuess actor, String factId) implements Identified {

    /** What a candidate would become. */
    public enum CandidateKind { QUOTE, ACTION, FIGURE, ACTOR }

    /** Where review stands. */
    public enum CandidateState { PENDING, ACCEPTED, REJECTED }

    @Override
    public String id() {
        return GlobalId.encode(NodeType.DRAFT_CANDIDATE, key);
    }
}
