package org.diplograph.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * A test class whose subject is not the database (the HTTP edge, document limits, a process's shutdown, the code's own
 * rules, pure logic): the suite runs it once, in its H2 execution, and the PostgreSQL execution leaves it out (the
 * pom's {@code excludedGroups}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(DatabaseIndependent.TAG)
public @interface DatabaseIndependent {

    String TAG = "database-independent";
}
