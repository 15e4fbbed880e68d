package org.diplograph.graphql;

/** A well-formed reference to something that does not exist; reported as a NOT_FOUND GraphQL error. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
