package org.diplograph.actor;

/** How an event data set identifies an actor; see the GraphQL enum of the same name. */
public enum ActorIdentifierScheme {
    CAMEO, WIKIDATA, NAME
}
