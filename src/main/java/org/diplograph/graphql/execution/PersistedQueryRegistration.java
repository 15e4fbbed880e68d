package org.diplograph.graphql.execution;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A document sent with its persisted-query hash, waiting in its request's GraphQL context to be registered. It is
 * registered only once the request is admitted — the document parsed, validated and within every limit, its cost
 * within the maximum and the client's budget — so nothing hostile or invalid is ever stored, and registering is
 * charged to the client's budget ({@link #POINTS} on top of the request's cost).
 *
 * @param register stores the document under its hash, for every instance
 */
public record PersistedQueryRegistration(Runnable register) {

    /** What storing a document adds to its request's cost: it is work, and the store is shared by every instance. */
    public static final long POINTS = 10;

    private static final Logger log = LoggerFactory.getLogger(PersistedQueryRegistration.class);

    /** Registers the document; a failure only means the client registers it again, so it does not fail the request. */
    public void registerAdmitted() {
        try {
            register.run();
        } catch (RuntimeException failed) {
            log.warn("A persisted query could not be registered: {}", failed.toString());
        }
    }
}
