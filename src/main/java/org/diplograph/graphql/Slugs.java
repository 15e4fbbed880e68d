package org.diplograph.graphql;

import java.util.regex.Pattern;

/** The shape of the readable handles (slugs) that sources and actors carry. */
public final class Slugs {

    /** 3 to 100 lower-case letters, digits and inner hyphens. */
    public static final Pattern PATTERN = Pattern.compile("[a-z0-9][a-z0-9-]{1,98}[a-z0-9]");

    private Slugs() {
    }
}
