package org.diplograph.web.endpoint;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.SmartLifecycle;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.SubscriptionPublisherException;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.function.ServerResponse;
import reactor.core.Disposable;
import reactor.core.publisher.BaseSubscriber;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * GraphQL over Server-Sent Events (the protocol's distinct-connections mode): each result is a {@code next} event,
 * the end of the stream a {@code complete} event. A stream lasts as long as its client keeps it, whatever the
 * server's timeout for other asynchronous requests; while it has nothing to send it sends a comment at a fixed
 * interval ({@link ServerSentEventsProperties#keepAlive()}), so proxies keep the connection open and a client that has
 * gone is noticed. On shutdown every open stream ends with {@code complete} before the server stops taking requests,
 * so a graceful shutdown never waits on a subscriber. A client that stops reading is cut off quietly.
 */
@Component
@ConditionalOnWebApplication
public class ServerSentEvents implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ServerSentEvents.class);
    /** A stream's async request never times out: it ends when the client or the subscription does. */
    private static final Duration NO_TIMEOUT = Duration.ofMillis(-1);

    private final ServerSentEventsProperties properties;
    private final Set<Stream> open = ConcurrentHashMap.newKeySet();
    private volatile boolean running;

    public ServerSentEvents(ServerSentEventsProperties properties, MeterRegistry meters) {
        this.properties = properties;
        Gauge.builder("diplograph.sse.streams.open", open, Set::size)
                .description("Subscriptions open over Server-Sent Events on this server").register(meters);
    }

    /** The response to a request answered as an event stream: a subscription's results, or one result. */
    public ServerResponse respond(Mono<WebGraphQlResponse> response, HttpServletRequest servletRequest) {
        Flux<Map<String, Object>> results = response.flatMapMany(answer -> answer.getData() instanceof Publisher<?> events
                ? Flux.from(events).map(event -> ((ExecutionResult) event).toSpecification())
                : Flux.just(answer.toMap()));
        return ServerResponse.sse(sse -> {
            Stream stream = new Stream(sse, servletRequest);
            open.add(stream);
            sse.onComplete(stream::ended).onError(failure -> stream.ended()).onTimeout(stream::ended);
            results.subscribe(stream);
        }, NO_TIMEOUT);
    }

    /** Streams open now. */
    public int open() {
        return open.size();
    }

    /** One client's stream: writes are serialised, since results and keep-alive comments come from other threads. */
    private final class Stream extends BaseSubscriber<Map<String, Object>> {

        private final ServerResponse.SseBuilder sse;
        private final HttpServletRequest servletRequest;
        private volatile Disposable keepAlive;
        /** Whether anything went out since the keep-alive timer last ticked: a quiet interval gets a comment. */
        private volatile boolean sentSinceTick;
        private boolean done;

        Stream(ServerResponse.SseBuilder sse, HttpServletRequest servletRequest) {
            this.sse = sse;
            this.servletRequest = servletRequest;
        }

        @Override
        protected void hookOnSubscribe(Subscription subscription) {
            keepAlive = Flux.interval(properties.keepAlive(), properties.keepAlive(), Schedulers.parallel())
                    .subscribe(tick -> {
                        if (!sentSinceTick) {
                            comment();
                        }
                        sentSinceTick = false;
                    });
            // The status and headers go out with the first event or keep-alive comment. (Not at once: a client that
            // ends its stream at the first line that is not a "next" event, as Spring for GraphQL's does, would end.)
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        protected void hookOnNext(Map<String, Object> result) {
            send("next", result);
        }

        @Override
        protected void hookOnError(Throwable failure) {
            Map<String, Object> errors = failure instanceof SubscriptionPublisherException resolved ? resolved.toMap()
                    : Map.of("errors", List.of(GraphqlErrorBuilder.newError().errorType(ErrorType.INTERNAL_ERROR)
                            .message("The subscription ended with an internal error.").build().toSpecification()));
            if (!(failure instanceof SubscriptionPublisherException)) {
                log.error("A subscription over Server-Sent Events failed", failure);
            }
            send("next", errors);
            complete();
        }

        @Override
        protected void hookOnComplete() {
            complete();
        }

        private synchronized void send(String event, Object data) {
            if (done) {
                return;
            }
            try {
                sse.event(event);
                sse.data(data);
                sentSinceTick = true;
            } catch (Exception clientGone) {
                // The client disconnected or stopped reading: nobody is left to tell.
                log.debug("Server-Sent Events stream closed: {}", clientGone.toString());
                abandon();
            }
        }

        private synchronized void comment() {
            if (done) {
                return;
            }
            try {
                sse.comment("");
                sse.send();
            } catch (Exception clientGone) {
                log.debug("Server-Sent Events stream closed while idle: {}", clientGone.toString());
                abandon();
            }
        }

        /** Ends the stream as the protocol does: a complete event, then the end of the response. */
        public synchronized void complete() {
            if (done) {
                return;
            }
            try {
                sse.event("complete");
                sse.data("");
                done = true;
                sse.complete();
            } catch (Exception clientGone) {
                abandon();
            }
            ended();
        }

        /**
         * After a failed write Spring's builder ignores complete() and waits for the container to report the broken
         * connection, which it does not do for a request with nothing to read: the asynchronous request would stay
         * open, and a graceful shutdown wait its whole grace for it. It is ended here instead.
         */
        private synchronized void abandon() {
            done = true;
            try {
                sse.complete();
                if (servletRequest.isAsyncStarted()) {
                    servletRequest.getAsyncContext().complete();
                }
            } catch (RuntimeException alreadyOver) {
                // the response had ended already
            }
            ended();
        }

        public void ended() {
            open.remove(this);
            Disposable timer = keepAlive;
            if (timer != null) {
                timer.dispose();
            }
            cancel();
        }
    }

    @Override
    public void start() {
        running = true;
    }

    /** Before the server stops taking requests (a later phase), every open stream is completed. */
    @Override
    public void stop() {
        running = false;
        for (Stream stream : List.copyOf(open)) {
            stream.complete();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
