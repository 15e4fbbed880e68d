package org.diplograph.graphql;

/** Sort direction of an ordering argument. */
public enum OrderDirection {
    ASC, DESC
}
