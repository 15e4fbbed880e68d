package org.diplograph.actor;

/** Another name or phrase a source uses for an actor, citing the first sentence that uses it. */
public record ActorAlias(long actorKey, String text, long sentenceKey) {
}
