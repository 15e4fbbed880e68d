package org.diplograph.graphql.node;

/** A Java record behind a GraphQL {@code Node}: its {@code id()} is the global id clients see. */
public interface Identified {

    /** The opaque global id. */
    String id();
}
