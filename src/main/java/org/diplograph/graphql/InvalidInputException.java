package org.diplograph.graphql;

/** The client asked for something malformed or contradictory; reported as a BAD_REQUEST GraphQL error. */
public class InvalidInputException extends RuntimeException {

    private final String argument;
    private final String code;

    public InvalidInputException(String message, String argument) {
        this(message, argument, null);
    }

    /** @param code a stable reason more specific than BAD_REQUEST, reported as {@code extensions.code} */
    public InvalidInputException(String message, String argument, String code) {
        super(message);
        this.argument = argument;
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The argument (or input field path) at fault, reported to the client in the error's extensions. */
    public String argument() {
        return argument;
    }
}
