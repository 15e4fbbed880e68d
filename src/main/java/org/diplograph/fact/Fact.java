package org.diplograph.fact;

import java.util.Map;

import org.diplograph.graphql.node.Identified;

/** A versioned, attributed, retractable fact: what the GraphQL interface {@code Fact} exposes. */
public interface Fact extends Identified {

    Provenance provenance();

    FactType factType();

    /** The row id. */
    long key();

    /** The fact's stored fields, references as global ids, for the audit trail. */
    Map<String, Object> snapshot();

    default int version() {
        return provenance().version();
    }

    default Change recorded() {
        return provenance().recorded();
    }

    default Change lastChange() {
        return provenance().lastChange();
    }

    default boolean isRetracted() {
        return provenance().retraction() != null;
    }

    default Retraction retraction() {
        return provenance().retraction();
    }
}
