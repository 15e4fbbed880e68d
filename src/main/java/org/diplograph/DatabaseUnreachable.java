package org.diplograph;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * A start-up that fails because the database cannot be used ends with what to check, naming the URL, instead of a
 * hundred lines of stack trace: the server is not running there, refuses the credentials, has no such database, or
 * (H2) another process holds the file.
 */
class DatabaseUnreachable extends AbstractFailureAnalyzer<SQLException> {

    private final Environment environment;

    DatabaseUnreachable(Environment environment) {
        this.environment = environment;
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        String url = environment.getProperty("spring.datasource.url", "the configured database");
        String state = cause.getSQLState() == null ? "" : cause.getSQLState();
        String settings = "DIPLOGRAPH_DB_URL, DIPLOGRAPH_DB_USER and DIPLOGRAPH_DB_PASSWORD (README, \"PostgreSQL from zero\")";
        if (has(rootFailure, ConnectException.class) || has(rootFailure, UnknownHostException.class)
                || state.startsWith("08")) {
            return new FailureAnalysis("The database at " + url + " cannot be reached: " + cause.getMessage(),
                    "Check that the database server runs and listens at that host and port, and " + settings + ".",
                    cause);
        }
        if (state.equals("28P01") || state.equals("28000")) {
            return new FailureAnalysis("The database at " + url + " refused the user and password given.",
                    "Check " + settings + ".", cause);
        }
        if (state.equals("3D000")) {
            return new FailureAnalysis("The database server is there, but the database in " + url + " does not exist.",
                    "Create it (README, \"PostgreSQL from zero\") or correct DIPLOGRAPH_DB_URL.", cause);
        }
        if (cause.getErrorCode() == 90020) {
            return new FailureAnalysis("The H2 database " + url + " is in use by another process.",
                    "Stop the server or import that holds it (one process at a time uses an H2 file), then start again.",
                    cause);
        }
        return null;
    }

    private static boolean has(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable at = failure; at != null; at = at.getCause()) {
            if (type.isInstance(at)) {
                return true;
            }
        }
        return false;
    }
}
