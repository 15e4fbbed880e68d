package org.diplograph.graphql;

import java.util.Objects;

/**
 * The client asked for something malformed or contradictory; reported as a BAD_REQUEST GraphQL error whose
 * {@code extensions.code} says which check failed, so a client can branch on the reason without reading the message.
 */
public class InvalidInputException extends RuntimeException {

    private final String argument;
    private final String code;

    /**
     * @param argument the argument (or input field path) at fault
     * @param code     a stable reason more specific than BAD_REQUEST, reported as {@code extensions.code}
     */
    public InvalidInputException(String message, String argument, String code) {
        super(message);
        this.argument = argument;
        this.code = Objects.requireNonNull(code, "code");
    }

    public String code() {
        return code;
    }

    /** The argument (or input field path) at fault, reported to the client in the error's extensions. */
    public String argument() {
        return argument;
    }
}
