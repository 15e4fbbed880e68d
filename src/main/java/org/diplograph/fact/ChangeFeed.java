package org.diplograph.fact;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

import org.diplograph.graphql.Cursor;
import org.diplograph.graphql.InvalidInputException;
import org.diplograph.sql.PostgresNotifications;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

/**
 * The live feed as subscribers see it, on one instance or many. On PostgreSQL every committed revision is announced by
 * the database (NOTIFY, see {@link RevisionLog#record}); this instance listens, reads the revision and the fact, and
 * hands the change to its own subscribers, whichever instance wrote it. After a lost connection it first sends what
 * was committed while it was not listening. A subscriber that was away resumes from the last revision it saw: the
 * revisions written since are replayed from the audit trail, then the live changes follow, none twice.
 */
@Component
public class ChangeFeed implements SmartLifecycle {

    /** A subscriber further behind than this re-reads with queries instead of replaying the audit trail. */
    public static final int MAX_REPLAY = 10_000;
    private static final int REPLAY_PAGE = 200;
    private static final String CURSOR_ORDERING = "revision";
    private static final int REMEMBERED = 4_096;

    private final RevisionLog revisions;
    private final Map<FactType, FactRegistration> registrations = new EnumMap<>(FactType.class);
    private final FactChanges local;
    private final DataSource dataSource;
    private final AtomicLong newestDelivered = new AtomicLong(-1);
    /** Recently delivered revisions: a catch-up after a reconnection must not repeat what a notification delivered. */
    private final Set<Long> delivered = Collections.newSetFromMap(Collections.synchronizedMap(
            new LinkedHashMap<>(REMEMBERED, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
                    return size() > REMEMBERED;
                }
            }));
    private volatile PostgresNotifications listener;

    ChangeFeed(RevisionLog revisions, List<FactRegistration> registrations, FactChanges local, DataSource dataSource) {
        this.revisions = revisions;
        registrations.forEach(registration -> this.registrations.put(registration.table().type(), registration));
        this.local = local;
        this.dataSource = dataSource;
    }

    /** Every change from now on, or, with a cursor, every change after the one it names and then every new one. */
    public Flux<FactChange> changes(String after) {
        if (after == null) {
            return local.changes();
        }
        long resumeAfter = revisionOf(after);
        return Flux.defer(() -> {
            if (revisions.countAfter(resumeAfter, MAX_REPLAY + 1) > MAX_REPLAY) {
                return Flux.error(new InvalidInputException(("More than %,d changes were made since this cursor: read "
                        + "the current facts with queries, then subscribe without 'after'.").formatted(MAX_REPLAY),
                        "after", "TOO_FAR_BEHIND"));
            }
            // Listen first, replay second: a change committed during the replay is buffered, not lost.
            Sinks.Many<FactChange> buffered = Sinks.many().unicast().onBackpressureBuffer();
            Disposable live = local.changes().subscribe(buffered::tryEmitNext);
            Set<Long> replayed = ConcurrentHashMap.newKeySet();
            Flux<FactChange> missed = replay(resumeAfter).doOnNext(change -> replayed.add(change.revision()));
            return missed.concatWith(buffered.asFlux().filter(change -> !replayed.contains(change.revision())))
                    .doFinally(signal -> live.dispose());
        }).subscribeOn(Schedulers.boundedElastic()); // the count and the replay block on JDBC, never a transport thread
    }

    /** The cursor a subscriber passes back as {@code after} to resume after this change. */
    public static String cursorOf(FactChange change) {
        return new Cursor(CURSOR_ORDERING, List.of(Long.toString(change.revision()))).encode();
    }

    private static long revisionOf(String after) {
        Cursor cursor = Cursor.decode(after, "after");
        if (!CURSOR_ORDERING.equals(cursor.ordering()) || cursor.values().size() != 1) {
            throw Cursor.invalid(after, "after");
        }
        try {
            return Long.parseLong(cursor.values().get(0));
        } catch (NumberFormatException notANumber) {
            throw Cursor.invalid(after, "after");
        }
    }

    private Flux<FactChange> replay(long after) {
        return Mono.fromCallable(() -> revisions.after(after, REPLAY_PAGE))
                .expand(page -> page.size() < REPLAY_PAGE ? Mono.empty()
                        : Mono.fromCallable(() -> revisions.after(page.get(page.size() - 1).revision().key(), REPLAY_PAGE)))
                .flatMapIterable(this::changesOf);
    }

    private List<FactChange> changesOf(List<RevisionLog.Logged> logged) {
        List<FactChange> changes = new ArrayList<>(logged.size());
        for (RevisionLog.Logged entry : logged) {
            Revision revision = entry.revision();
            Fact fact = registrations.get(revision.factType()).load().apply(revision.factKey());
            if (fact != null) {
                changes.add(new FactChange(revision.key(), revision.operation(), fact, revision.change(),
                        entry.involvement()));
            }
        }
        return changes;
    }

    private void announced(String payload) {
        long revision = Long.parseLong(payload);
        if (!local.listenedTo()) {
            // Nobody to tell: the revision and its fact are not read, only remembered as seen.
            delivered.add(revision);
            newestDelivered.accumulateAndGet(revision, Math::max);
            return;
        }
        deliver(revisions.withKeys(List.of(revision)));
    }

    /** Sends what was committed while this instance was not listening (nothing on the first start). */
    private void listening() {
        long since = newestDelivered.get();
        if (since < 0 || !local.listenedTo()) {
            newestDelivered.accumulateAndGet(revisions.newest(), Math::max);
            return;
        }
        List<RevisionLog.Logged> missed;
        do {
            missed = revisions.after(since, REPLAY_PAGE);
            deliver(missed);
            if (!missed.isEmpty()) {
                since = missed.get(missed.size() - 1).revision().key();
            }
        } while (missed.size() == REPLAY_PAGE);
    }

    private void deliver(List<RevisionLog.Logged> logged) {
        for (FactChange change : changesOf(logged.stream().filter(entry -> delivered.add(entry.revision().key())).toList())) {
            newestDelivered.accumulateAndGet(change.revision(), Math::max);
            local.publish(change);
        }
    }

    @Override
    public void start() {
        if (revisions.sharedByInstances()) {
            listener = new PostgresNotifications(dataSource, RevisionLog.CHANNEL, this::announced, this::listening);
            listener.start();
        }
    }

    @Override
    public void stop() {
        PostgresNotifications current = listener;
        if (current != null) {
            current.close();
        }
        listener = null;
    }

    @Override
    public boolean isRunning() {
        return listener != null;
    }
}
