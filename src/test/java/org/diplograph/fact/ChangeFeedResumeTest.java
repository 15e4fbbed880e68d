package org.diplograph.fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import org.diplograph.graphql.InvalidInputException;
import org.diplograph.support.DatabaseIndependent;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

/**
 * A resume's two halves joined exactly: what the audit trail holds after the cursor, then the live changes, a change
 * that is in both (committed while the replay was being read) delivered once; and a cursor too far behind refused
 * with TOO_FAR_BEHIND at one change past the most that is replayed, never at the most itself.
 */
@DatabaseIndependent
class ChangeFeedResumeTest {

    private static final Change BY_TESTER = new Change("tester", OffsetDateTime.parse("2022-12-21T12:00:00Z"));

    private final RevisionLog revisions = mock(RevisionLog.class);
    private final FactChanges local = mock(FactChanges.class);
    private final Fact fact = mock(Fact.class);
    private final ChangeFeed feed = new ChangeFeed(revisions, List.of(new FactRegistration(
            new FactTable(FactType.ACTOR, null, null, null), key -> fact, key -> { }, any -> Involvement.NONE)),
            local, null);

    private static RevisionLog.Logged logged(long revision) {
        return new RevisionLog.Logged(new Revision(revision, FactType.ACTOR, 7, 1, Operation.CORRECT, BY_TESTER, null, "{}"),
                Involvement.NONE);
    }

    private FactChange live(long revision) {
        return new FactChange(revision, Operation.CORRECT, fact, BY_TESTER, Involvement.NONE);
    }

    private String cursorAfter(long revision) {
        return ChangeFeed.cursorOf(live(revision));
    }

    @Test
    void aChangeCommittedDuringTheReplayIsDeliveredOnceThenTheLiveOnesInOrder() {
        when(revisions.countAfter(eq(1L), anyInt())).thenReturn(2);
        // Listening starts before the replay: revision 3, committed meanwhile, is both replayed and heard live.
        when(local.changes()).thenReturn(Flux.just(live(3), live(4), live(5)));
        when(revisions.after(eq(1L), anyInt())).thenReturn(List.of(logged(2), logged(3)));
        when(revisions.after(eq(3L), anyInt())).thenReturn(List.of());

        assertThat(feed.changes(cursorAfter(1)).map(FactChange::revision).take(4).collectList()
                .block(Duration.ofSeconds(10))).containsExactly(2L, 3L, 4L, 5L);
    }

    @Test
    void aCursorOneChangeTooFarBehindIsRefusedAndOneAtTheMostIsReplayed() {
        when(local.changes()).thenReturn(Flux.never());
        when(revisions.countAfter(eq(10L), anyInt())).thenReturn(ChangeFeed.MAX_REPLAY + 1);
        assertThatThrownBy(() -> feed.changes(cursorAfter(10)).blockFirst(Duration.ofSeconds(10)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.code()).isEqualTo("TOO_FAR_BEHIND"));

        when(revisions.countAfter(eq(20L), anyInt())).thenReturn(ChangeFeed.MAX_REPLAY);
        when(revisions.after(anyLong(), anyInt())).thenReturn(List.of(logged(21)), List.of());
        assertThat(feed.changes(cursorAfter(20)).map(FactChange::revision).blockFirst(Duration.ofSeconds(10)))
                .isEqualTo(21L);
    }
}
