package org.diplograph.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A test class that shares nothing with the others: its work happens in server processes of its own, or in an
 * application context on a database of its own, and nothing it does can change what another class sees. Each
 * execution (the pom's JUnit parallel settings, two workers) runs such classes one after another on the second
 * worker, alongside the other classes on the first, instead of after them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Execution(ExecutionMode.CONCURRENT)
// One lock for all of them: such classes run one at a time, and a class's own tests one after another.
@ResourceLock("server processes")
public @interface RunsAlongside {
}
