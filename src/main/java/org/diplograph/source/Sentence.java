package org.diplograph.source;

import org.diplograph.graphql.node.GlobalId;
import org.diplograph.graphql.node.Identified;
import org.diplograph.graphql.node.NodeType;

/**
 * One sentence of a source, the unit of evidence.
 *
 * @param number position in the source, from 1
 * @param start  zero-based offset of its first character in the source text
 * @param end    offset just past its last character
 */
public record Sentence(long key, long sourceKey, int number, int start, int end, String text) implements Identified {

    @Override
    public String id() {
        return GlobalId.encode(NodeType.SENTENCE, key);
    }
}
