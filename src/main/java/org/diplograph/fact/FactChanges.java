package org.diplograph.fact;

import org.diplograph.graphql.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import reactor.core.Exceptions;
import reactor.core.publisher.BufferOverflowStrategy;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The live feed of committed changes, fanned out to every subscription of this server. Changes are published only
 * after their transaction commits, so no subscriber ever sees a write that was rolled back; and publishing never waits
 * for a subscriber: each has a buffer of its own, and its selection and its transport run on the feed's threads, not
 * the writer's. A subscriber that falls further behind than its buffer is disconnected with SUBSCRIBER_TOO_SLOW (it
 * may resume with {@code after:} and the cursor of the last change it received), so a write's answer reflects its
 * commit and nothing else.
 */
@Component
public class FactChanges implements DisposableBean {


    private static final Logger log = LoggerFactory.getLogger(FactChanges.class);

    private final Sinks.Many<FactChange> sink = Sinks.many().multicast().directBestEffort();
    /** Changes a subscriber may have waiting before it is disconnected. */
    private final int bufferPerSubscriber;
    /** Delivery: subscribers' selections and sends, at most this many at once, queued beyond. */
    private final Scheduler delivery = Schedulers.newBoundedElastic(Math.max(4, 2 * Runtime.getRuntime().availableProcessors()),
            Integer.MAX_VALUE, "fact-changes");

    public FactChanges(@Value("${diplograph.subscriptions.buffer-per-subscriber:256}") int bufferPerSubscriber) {
        this.bufferPerSubscriber = bufferPerSubscriber;
    }

    /** Changes a subscriber may have waiting before it is disconnected. */
    public int bufferPerSubscriber() {
        return bufferPerSubscriber;
    }

    /**
     * Hands a committed change to every subscriber's buffer; never blocks and never fails the caller (a writer
     * whose transaction has committed). Writers publish on many threads; the sink is emitted to one at a time.
     */
    public void publish(FactChange change) {
        Sinks.EmitResult result;
        synchronized (sink) {
            result = sink.tryEmitNext(change);
        }
        if (result.isFailure() && result != Sinks.EmitResult.FAIL_ZERO_SUBSCRIBER) {
            log.warn("Change {} was not delivered to this server's subscribers: {}", change.revision(), result);
        }
    }

    /** Whether anybody on this server listens; when nobody does, a change need not even be read. */
    public boolean listenedTo() {
        return sink.currentSubscriberCount() > 0;
    }

    /** Every change from now on, delivered off the publishing thread, or an error once this subscriber falls behind. */
    public Flux<FactChange> changes() {
        return sink.asFlux()
                .onBackpressureBuffer(bufferPerSubscriber, dropped -> { }, BufferOverflowStrategy.ERROR)
                .publishOn(delivery, 1)
                .onErrorMap(Exceptions::isOverflow, overflow -> new InvalidInputException(("This subscriber fell more "
                        + "than %d changes behind and was disconnected: subscribe again with 'after' set to the cursor "
                        + "of the last change received.").formatted(bufferPerSubscriber), null, "SUBSCRIBER_TOO_SLOW"));
    }

    @Override
    public void destroy() {
        delivery.dispose();
    }
}
