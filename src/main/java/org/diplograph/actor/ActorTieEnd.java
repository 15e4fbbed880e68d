package org.diplograph.actor;

/** A tie as one of its two actors sees it: the other actor, and whether the tie is stated of the viewer. */
public record ActorTieEnd(ActorTie tie, long otherActorKey, TieDirection direction) {

    static ActorTieEnd seenFrom(long actorKey, ActorTie tie) {
        return tie.actorKey() == actorKey
                ? new ActorTieEnd(tie, tie.relatedActorKey(), TieDirection.OUTGOING)
                : new ActorTieEnd(tie, tie.actorKey(), TieDirection.INCOMING);
    }
}
