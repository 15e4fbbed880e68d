package org.diplograph.graphql.node;

import java.util.Arrays;
import java.util.Optional;

/** Every GraphQL type that implements {@code Node}, with the name that its global ids carry. */
public enum NodeType {
    COUNTRY("Country", false),
    ACTOR("Actor", true),
    ACTOR_ROLE("ActorRole", true),
    ACTOR_TIE("ActorTie", true),
    SOURCE("Source", true),
    SENTENCE("Sentence", true),
    STATEMENT("Statement", true),
    ACTION("Action", true),
    FIGURE("Figure", true),
    DATASET_IMPORT("DatasetImport", true),
    EVENT_CODE("EventCode", false),
    CODING_DRAFT("CodingDraft", true),
    DRAFT_CANDIDATE("DraftCandidate", true);

    private final String typeName;
    private final boolean numericKey;

    NodeType(String typeName, boolean numericKey) {
        this.typeName = typeName;
        this.numericKey = numericKey;
    }

    public String typeName() {
        return typeName;
    }

    /** Whether the database key behind the id is a number (row id) rather than a code ("MX", "0211"). */
    public boolean numericKey() {
        return numericKey;
    }

    public static Optional<NodeType> ofTypeName(String typeName) {
        return Arrays.stream(values()).filter(type -> type.typeName.equals(typeName)).findFirst();
    }
}
