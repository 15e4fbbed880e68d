package org.diplograph.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * A test class about what only PostgreSQL does here (several instances on one database, its outage, LISTEN/NOTIFY): the
 * suite runs it in its PostgreSQL execution only, and the H2 execution leaves it out (the pom's
 * {@code excludedGroups}), so it is never reported as run when nothing ran.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(PostgresqlOnly.TAG)
public @interface PostgresqlOnly {

    String TAG = "postgresql-only";
}
