package org.diplograph.graphql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The problems found in one mutation's input. Validation collects them all before anything is written, so the client
 * learns of every mistake at once; a mutation with any writes nothing.
 */
public final class InputProblems {

    private final List<UserError> errors = new ArrayList<>();

    /**
     * @param field the path to the input field at fault below {@code input}, as segments or dotted
     *              ({@code "aliases.0.text"}); the client always gets a list of segments,
     *              {@code ["input", "aliases", "0", "text"]}
     */
    public void add(UserErrorCode code, String message, String... field) {
        List<String> path = new ArrayList<>();
        path.add("input");
        for (String segments : field) {
            path.addAll(Arrays.asList(segments.split("\\.")));
        }
        errors.add(new UserError(path, message, code));
    }

    public boolean any() {
        return !errors.isEmpty();
    }

    public List<UserError> list() {
        return List.copyOf(errors);
    }

    /** Checks a required text's length; records INVALID and returns false when it is blank or too long. */
    public boolean text(String value, int max, String field) {
        if (value == null || value.isBlank()) {
            add(UserErrorCode.INVALID, "'%s' must not be blank.".formatted(field), field);
            return false;
        }
        if (value.length() > max) {
            add(UserErrorCode.INVALID, "'%s' is %d characters long; at most %d are allowed.".formatted(field,
                    value.length(), max), field);
            return false;
        }
        return true;
    }

    /** Like {@link #text} for an optional text: null is fine. */
    public boolean optionalText(String value, int max, String field) {
        return value == null || text(value, max, field);
    }
}
