package org.diplograph.actor;

/**
 * Told, in the writer's transaction, when an actor's country changes: features above this one keep copies of an
 * actor's country (the parties of an action) and register an implementation to keep them in step.
 */
public interface ActorCountryChanges {

    void actorCountryChanged(long actorKey, String country);
}
