package org.diplograph.web.endpoint;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.time.Duration;

/**
 * Reads a request body within a deadline. A GraphQL POST's body has normally arrived already ({@link NonBlockingBodies}
 * received it without a worker), and is read from memory. Should one still be arriving, each read waits at most the
 * server's socket timeout and the whole body's deadline is checked between reads, so that a client trickling a byte
 * at a time holds the worker for the deadline and one socket timeout at most.
 */
public final class RequestBodies {

    /** The body did not arrive within the deadline. */
    public static final class TooSlow extends Exception {
        TooSlow() {
            super(null, null, false, false);
        }
    }

    private final Duration deadline;

    public RequestBodies(Duration deadline) {
        this.deadline = deadline;
    }

    /** At most {@code max + 1} bytes of the body (one more than allowed tells it was too large). */
    public byte[] read(InputStream in, int max) throws IOException, TooSlow {
        long giveUpAt = System.nanoTime() + deadline.toNanos();
        ByteArrayOutputStream body = new ByteArrayOutputStream(Math.min(max + 1, 8_192));
        byte[] chunk = new byte[8_192];
        while (body.size() <= max) {
            int read;
            try {
                read = in.read(chunk, 0, Math.min(chunk.length, max + 1 - body.size()));
            } catch (IOException failed) {
                if (failed instanceof SocketTimeoutException || failed.getCause() instanceof SocketTimeoutException) {
                    throw new TooSlow();
                }
                throw failed;
            }
            if (read < 0) {
                break;
            }
            body.write(chunk, 0, read);
            if (System.nanoTime() > giveUpAt && body.size() <= max) {
                throw new TooSlow();
            }
        }
        return body.toByteArray();
    }
}
