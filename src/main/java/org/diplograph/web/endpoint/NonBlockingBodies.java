package org.diplograph.web.endpoint;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.diplograph.web.ClientConnections;
import org.diplograph.web.EdgeRefusals;
import tools.jackson.databind.json.JsonMapper;

/**
 * Receives the body of a GraphQL POST without a worker: the request is put in asynchronous mode and its body read as
 * it arrives (the servlet API's non-blocking input), and only once it is whole is the request dispatched to the other
 * filters and the endpoint, which find it in memory as if it were a fresh request. A client that sends its headers and
 * then nothing, or a byte at a time, holds a connection (which {@link ClientConnections} limits per address) but no
 * thread, and is answered REQUEST_TIMEOUT (408) when its body has not arrived within the deadline. A body larger than
 * allowed is read no further than the limit: the endpoint refuses it.
 */
public class NonBlockingBodies implements Filter {

    private final String path;
    private final int maxBytes;
    private final Duration deadline;
    private final JsonMapper json;
    private final AtomicInteger receiving = new AtomicInteger();

    public NonBlockingBodies(String path, int maxBytes, Duration deadline, JsonMapper json) {
        this.path = path;
        this.maxBytes = maxBytes;
        this.deadline = deadline;
        this.json = json;
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        if (request.getDispatcherType() != DispatcherType.REQUEST || !"POST".equals(request.getMethod())
                || !path.equals(request.getRequestURI()) || request.getContentLengthLong() > maxBytes
                || !request.isAsyncSupported() || request instanceof Received) {
            chain.doFilter(servletRequest, servletResponse);
            return;
        }
        receiving.incrementAndGet();
        Received received = new Received(request);
        AsyncContext async = request.startAsync(received, servletResponse);
        async.setTimeout(deadline.toMillis());
        ServletInputStream in = request.getInputStream();
        Receiver receiver = new Receiver(received, (HttpServletResponse) servletResponse, async, in);
        async.addListener(receiver);
        in.setReadListener(receiver);
    }

    /** Bodies being received now, each by a request that holds no worker meanwhile. */
    public int receiving() {
        return receiving.get();
    }

    /** Collects the body as it arrives; dispatches the request once it is whole, or answers 408 at the deadline. */
    private final class Receiver implements ReadListener, AsyncListener {

        private final Received request;
        private final HttpServletResponse response;
        private final AsyncContext async;
        private final ServletInputStream in;
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private final byte[] chunk = new byte[8_192];
        private boolean finished;

        Receiver(Received request, HttpServletResponse response, AsyncContext async, ServletInputStream in) {
            this.request = request;
            this.response = response;
            this.async = async;
            this.in = in;
        }

        @Override
        public synchronized void onDataAvailable() throws IOException {
            while (!finished && in.isReady()) {
                int read = in.read(chunk);
                if (read < 0) {
                    return;
                }
                body.write(chunk, 0, read);
                if (body.size() > maxBytes) {
                    // Past the limit: the endpoint refuses it from what was read, and the rest is never read.
                    dispatch();
                    return;
                }
            }
        }

        @Override
        public synchronized void onAllDataRead() {
            dispatch();
        }

        /** Whether this call ends the reception (exactly one call does). */
        private boolean finish() {
            if (finished) {
                return false;
            }
            finished = true;
            receiving.decrementAndGet();
            return true;
        }

        private void dispatch() {
            if (finish()) {
                request.body = body.toByteArray();
                async.dispatch();
            }
        }

        @Override
        public synchronized void onError(Throwable failure) {
            timedOut();
        }

        @Override
        public synchronized void onTimeout(AsyncEvent event) {
            timedOut();
        }

        private void timedOut() {
            if (!finish()) {
                return;
            }
            try {
                if (!response.isCommitted()) {
                    response.setStatus(HttpServletResponse.SC_REQUEST_TIMEOUT);
                    response.setContentType("application/json");
                    response.setHeader("Connection", "close");
                    response.setHeader("Cache-Control", "private, no-store");
                    response.getOutputStream().write(json.writeValueAsBytes(EdgeRefusals.body("BAD_REQUEST",
                            "REQUEST_TIMEOUT", "The request body did not arrive within %d s: send it whole, at once."
                                    .formatted(deadline.toSeconds()))));
                }
            } catch (IOException | IllegalStateException gone) {
                // The client is gone or the response unusable: there is nobody left to tell.
            }
            async.complete();
        }

        @Override
        public void onComplete(AsyncEvent event) {
        }

        @Override
        public void onError(AsyncEvent event) {
            onError(event.getThrowable());
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
        }
    }

    /**
     * The request as the rest of the chain sees it: a fresh request (not an asynchronous dispatch, so every filter
     * handles it as it handles any other) whose body is read from memory. Once the application starts asynchronous
     * processing of its own, later dispatches are reported as what they are.
     */
    private static final class Received extends HttpServletRequestWrapper {

        private volatile byte[] body = new byte[0];
        private volatile boolean processingAsynchronously;

        Received(HttpServletRequest request) {
            super(request);
        }

        @Override
        public DispatcherType getDispatcherType() {
            return processingAsynchronously ? super.getDispatcherType() : DispatcherType.REQUEST;
        }

        @Override
        public AsyncContext startAsync() {
            processingAsynchronously = true;
            return super.startAsync();
        }

        @Override
        public AsyncContext startAsync(ServletRequest request, ServletResponse response) {
            processingAsynchronously = true;
            return super.startAsync(request, response);
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return bytes.read(buffer, offset, length);
                }

                @Override
                public int available() {
                    return bytes.available();
                }

                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("The body has been read already");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }
}
