package org.diplograph.actor;

import org.diplograph.graphql.node.GlobalId;
import org.diplograph.graphql.node.Identified;
import org.diplograph.graphql.node.NodeType;

/** A tie between two actors: the actor is {@code kind} of the related actor. */
public record ActorTie(long key, TieKind kind, long actorKey, long relatedActorKey, long sentenceKey)
        implements Identified {

    @Override
    public String id() {
        return GlobalId.encode(NodeType.ACTOR_TIE, key);
    }
}
