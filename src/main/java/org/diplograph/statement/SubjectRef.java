package org.diplograph.statement;

/** What a statement is about: exactly one of an actor, a country or an action. */
record SubjectRef(long statementKey, Long actorKey, String countryCode, Long actionKey) {
}
