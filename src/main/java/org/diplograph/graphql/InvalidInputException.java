package org.diplograph.graphql;

/** The client asked for something malformed or contradictory; reported as a BAD_REQUEST GraphQL error. */
public class InvalidInputException extends RuntimeException {

    private final String argument;

    public InvalidInputException(String message, String argument) {
        super(message);
        this.argument = argument;
    }

    /** The argument (or input field path) at fault, reported to the client in the error's extensions. */
    public String argument() {
        return argument;
    }
}
