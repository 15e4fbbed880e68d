package org.diplograph.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * A test class about what this project configures in H2 itself (the durability of its database file): the suite runs
 * it in its H2 execution only, and the PostgreSQL execution leaves it out (the pom's {@code excludedGroups}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(H2Only.TAG)
public @interface H2Only {

    String TAG = "h2-only";
}
