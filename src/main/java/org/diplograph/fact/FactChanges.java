package org.diplograph.fact;

import java.time.Duration;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * The live feed of committed changes, fanned out to every subscription of this server. A slow subscriber misses
 * changes rather than slowing writers (direct best-effort multicast); changes are published only after their
 * transaction commits, so no subscriber ever sees a write that was rolled back.
 */
@Component
public class FactChanges {

    private final Sinks.Many<FactChange> sink = Sinks.many().multicast().directBestEffort();

    public void publish(FactChange change) {
        // Writers commit on many threads; the sink serialises their emissions instead of failing them.
        sink.emitNext(change, Sinks.EmitFailureHandler.busyLooping(Duration.ofSeconds(1)));
    }

    /** Whether anybody on this server listens; when nobody does, a change need not even be read. */
    public boolean listenedTo() {
        return sink.currentSubscriberCount() > 0;
    }

    public Flux<FactChange> changes() {
        return sink.asFlux();
    }
}
