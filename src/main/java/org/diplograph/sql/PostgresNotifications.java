package org.diplograph.sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens on one PostgreSQL NOTIFY channel over a connection of its own, on a thread of its own, and hands every
 * payload to a consumer. A lost connection (the database restarted, a network cut) is replaced by itself, with a
 * growing pause; {@code onListening} runs each time listening (re)starts, so the caller can fetch what was committed
 * while nobody listened.
 */
public final class PostgresNotifications implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PostgresNotifications.class);
    private static final Duration POLL = Duration.ofMillis(500);
    /** The application name of the session that listens, as PostgreSQL shows it. */
    public static final String APPLICATION_NAME = "diplograph-listener";
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(5);

    private final DataSource dataSource;
    private final String channel;
    private final Consumer<String> onPayload;
    private final Runnable onListening;
    private final Thread thread;
    private volatile boolean running = true;

    public PostgresNotifications(DataSource dataSource, String channel, Consumer<String> onPayload, Runnable onListening) {
        if (!channel.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain channel name: " + channel);
        }
        this.dataSource = dataSource;
        this.channel = channel;
        this.onPayload = onPayload;
        this.onListening = onListening;
        this.thread = new Thread(this::run, "listen-" + channel);
        this.thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    private void run() {
        Duration pause = Duration.ofMillis(250);
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                String pooledName = connection.getClientInfo("ApplicationName");
                try {
                    // Named, so that an operator sees which session listens (pg_stat_activity.application_name).
                    connection.setClientInfo("ApplicationName", APPLICATION_NAME);
                    try (Statement listen = connection.createStatement()) {
                        // A channel name is an identifier, not a value: checked against a plain pattern in the constructor.
                        listen.execute("LISTEN " + channel);
                    }
                    PGConnection postgres = connection.unwrap(PGConnection.class);
                    pause = Duration.ofMillis(250);
                    onListening.run();
                    while (running) {
                        PGNotification[] notifications = postgres.getNotifications((int) POLL.toMillis());
                        if (notifications == null) {
                            continue;
                        }
                        for (PGNotification notification : notifications) {
                            deliver(notification.getParameter());
                        }
                    }
                } finally {
                    giveBack(connection, pooledName);
                }
            } catch (SQLException | RuntimeException lost) {
                if (running) {
                    log.warn("Listening on {} stopped ({}); retrying in {} ms", channel, lost.getMessage(), pause.toMillis());
                }
            }
            pauseFor(pause);
            pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
        }
    }

    /**
     * The connection goes back to its pool as it came: a session left listening would collect notifications nobody
     * reads, for as long as the pool keeps it. A connection that is gone fails here, and the pool discards it.
     */
    private void giveBack(Connection connection, String pooledName) {
        try (Statement unlisten = connection.createStatement()) {
            unlisten.execute("UNLISTEN *");
            connection.setClientInfo("ApplicationName", pooledName == null ? "" : pooledName);
        } catch (SQLException | RuntimeException gone) {
            // nothing to undo on a connection that is no longer there
        }
    }

    private void deliver(String payload) {
        try {
            onPayload.accept(payload);
        } catch (RuntimeException failed) {
            // One payload that cannot be handled must not stop the others (nor drop the connection).
            log.warn("A notification on {} could not be handled: {}", channel, failed.getMessage());
        }
    }

    private void pauseFor(Duration pause) {
        if (!running) {
            return;
        }
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
