package org.diplograph.graphql;

/** Stable codes of the user errors a mutation payload can carry. */
public enum UserErrorCode {
    INVALID, NOT_FOUND, WRONG_TYPE, NOT_IN_SOURCE, UNKNOWN_CODE, DATES_OUT_OF_ORDER, TAKEN, STALE_VERSION, RETRACTED, UNSUPPORTED_LANGUAGE
}
