package dev.mocksy.store;

import static dev.mocksy.testing.Fixtures.keywordEvaluator;
import static dev.mocksy.testing.Fixtures.numberedQuestions;
import static dev.mocksy.testing.Fixtures.simpleReports;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mocksy.JournalConflictException;
import dev.mocksy.interview.InterviewEngine;
import dev.mocksy.interview.InterviewEvent;
import dev.mocksy.interview.InterviewPlan;
import dev.mocksy.interview.InterviewSession;
import dev.mocksy.interview.InterviewSnapshot;
import dev.mocksy.interview.InterviewType;
import dev.mocksy.interview.Interviewer;
import dev.mocksy.interview.RecordedEvent;
import dev.mocksy.interview.Role;
import dev.mocksy.testing.Fixtures.ManualClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What every {@link InterviewStore} does, whatever keeps the journal: each store's test extends this suite.
 *
 * <p>{@link #store()} gives a fresh, empty store per test; {@link #secondWriter} another handle on the same data, as
 * a second process or server node would have.
 */
public abstract class InterviewStoreContract {

    protected final ManualClock clock = new ManualClock(Instant.parse("2026-03-01T09:00:00Z"));

    /** A fresh, empty store. */
    protected abstract InterviewStore store();

    /** Another writer on the same data as {@code store}: a second process or node. */
    protected abstract InterviewStore secondWriter(InterviewStore store);

    protected InterviewEngine engine(InterviewStore store) {
        return InterviewEngine.builder()
                .store(store)
                .interviewer(new Interviewer(numberedQuestions(), keywordEvaluator(), simpleReports()), false)
                .clock(clock)
                .build();
    }

    /** A whole session: a follow-up, a pause, a note, a bookmark, the end and the report. */
    protected InterviewSession playedSession(InterviewStore store, String candidate, InterviewPlan plan) {
        InterviewSession session = engine(store).create(plan, null, candidate);
        session.start();
        session.pause();
        clock.advance(Duration.ofMinutes(1));
        session.resume();
        session.submitAnswer("An index, follow me up");
        session.next();
        session.submitAnswer("Because \"quotes\", unicode ✓ and\nnew lines survive");
        session.next();
        session.submitAnswer("no idea");
        session.next();
        session.report();
        session.addNote("q1", "Revise composite indexes");
        session.bookmark("q2", true);
        session.addNote(null, "Felt rushed at the start");
        return session;
    }

    protected static InterviewPlan plan() {
        return InterviewPlan.builder()
                .role(Role.BACKEND)
                .type(InterviewType.TECHNICAL)
                .questionCount(2)
                .technologies("Java", "PostgreSQL")
                .totalTimeLimit(Duration.ofMinutes(30))
                .build();
    }

    @Test
    void should_give_back_exactly_the_journal_a_live_session_wrote() {
        InterviewStore store = store();
        InterviewSession live = playedSession(store, "ada", plan());

        InterviewSnapshot replayed =
                InterviewSnapshot.replay(secondWriter(store).load(live.id()));

        assertThat(replayed).isEqualTo(live.snapshot());
        assertThat(replayed.candidateId()).isEqualTo("ada");
        assertThat(replayed.notes())
                .extracting(n -> n.text())
                .containsExactly("Revise composite indexes", "Felt rushed at the start");
        assertThat(replayed.bookmarks()).containsExactly("q2");
    }

    @Test
    void should_return_nothing_for_a_session_it_does_not_hold() {
        assertThat(store().load("20260101-000000-000000")).isEmpty();
    }

    @Test
    void should_let_exactly_one_of_two_writers_append_the_same_event_and_tell_the_other_what_it_missed() {
        InterviewStore first = store();
        InterviewSession session = engine(first).create(plan(), null, "ada");
        session.start();
        InterviewStore second = secondWriter(first);
        long next = session.snapshot().sequence() + 1;
        RecordedEvent mine = new RecordedEvent(session.id(), next, clock.instant(), new InterviewEvent.Paused());
        RecordedEvent theirs = new RecordedEvent(
                session.id(), next, clock.instant(), new InterviewEvent.NoteAdded(null, "the other node"));

        first.append(mine);

        assertThatThrownBy(() -> second.append(theirs)).isInstanceOfSatisfying(JournalConflictException.class, e -> {
            assertThat(e.sessionId()).isEqualTo(session.id());
            assertThat(e.attempted()).isEqualTo(next);
            assertThat(e.last()).isEqualTo(next);
        });
        assertThat(first.load(session.id())).hasSize((int) next).last().isEqualTo(mine);
    }

    @Test
    void should_let_one_of_two_racing_writers_win_and_give_the_other_a_conflict() throws Exception {
        InterviewStore first = store();
        InterviewStore second = secondWriter(first);
        InterviewSession session = engine(first).create(plan(), null, "ada");
        session.start();
        long next = session.snapshot().sequence() + 1;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Boolean>> attempts = new ArrayList<>();
            for (InterviewStore writer : List.of(first, second)) {
                attempts.add(pool.submit(() -> {
                    go.await();
                    try {
                        writer.append(new RecordedEvent(
                                session.id(), next, clock.instant(), new InterviewEvent.NoteAdded(null, "race")));
                        return true;
                    } catch (JournalConflictException e) {
                        return false;
                    }
                }));
            }
            go.countDown();
            List<Boolean> won = new ArrayList<>();
            for (Future<Boolean> attempt : attempts) {
                won.add(attempt.get(30, TimeUnit.SECONDS));
            }
            assertThat(won).containsExactlyInAnyOrder(true, false);
        } finally {
            pool.shutdownNow();
        }
        assertThat(first.load(session.id())).hasSize((int) next);
    }

    @Test
    void should_refuse_an_event_that_skips_a_sequence_number_and_write_nothing() {
        InterviewStore store = store();
        InterviewSession session = engine(store).create(plan(), null, "ada");

        assertThatThrownBy(() ->
                        store.append(new RecordedEvent(session.id(), 3, clock.instant(), new InterviewEvent.Paused())))
                .isInstanceOf(JournalConflictException.class);
        assertThat(store.load(session.id())).hasSize(1);
    }

    @Test
    void should_refuse_a_second_start_of_the_same_session() {
        InterviewStore store = store();
        InterviewSession session = engine(store).create(plan(), null, "ada");

        assertThatThrownBy(() -> store.append(store.load(session.id()).get(0)))
                .isInstanceOf(JournalConflictException.class);
    }

    @Test
    void should_keep_every_event_when_many_sessions_are_written_at_once() throws Exception {
        InterviewStore store = store();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<String> ids = Collections.synchronizedList(new ArrayList<>());
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                InterviewStore writer = i % 2 == 0 ? store : secondWriter(store);
                runs.add(pool.submit(() -> {
                    InterviewSession session = engine(writer).create(plan(), null, "ada");
                    session.start();
                    session.submitAnswer("an index on the column");
                    session.next();
                    ids.add(session.id());
                }));
            }
            for (Future<?> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.sessionIds()).containsAll(ids);
        for (String id : ids) {
            assertThat(InterviewSnapshot.replay(store.load(id)).turns()).hasSize(2);
        }
    }

    @Test
    void should_list_sessions_oldest_first() {
        InterviewStore store = store();
        String first = engine(store).create(plan(), null, "ada").id();
        clock.advance(Duration.ofMinutes(5));
        String second = engine(store).create(plan(), null, "bob").id();

        assertThat(store.sessionIds()).containsExactly(first, second);
    }

    @Test
    void should_find_a_candidates_sessions_by_role_type_technology_and_date() {
        InterviewStore store = store();
        String january = engine(store).create(plan(), null, "ada").id();
        clock.advance(Duration.ofDays(31));
        String behavioral = engine(store)
                .create(InterviewPlan.builder().type(InterviewType.BEHAVIORAL).build(), null, "ada")
                .id();
        engine(store).create(plan(), null, "bob");

        assertThat(store.find(HistoryQuery.of("ada"))).containsExactly(january, behavioral);
        assertThat(store.find(HistoryQuery.builder("ada")
                        .type(InterviewType.TECHNICAL)
                        .build()))
                .containsExactly(january);
        assertThat(store.find(HistoryQuery.builder("ada").role(Role.BACKEND).build()))
                .containsExactly(january);
        assertThat(store.find(
                        HistoryQuery.builder("ada").technology("postgresql").build()))
                .containsExactly(january);
        assertThat(store.find(HistoryQuery.builder("ada").technology("Kafka").build()))
                .isEmpty();
        assertThat(store.find(HistoryQuery.builder("ada")
                        .from(Instant.parse("2026-03-15T00:00:00Z"))
                        .build()))
                .containsExactly(behavioral);
        assertThat(store.find(HistoryQuery.builder("ada")
                        .to(Instant.parse("2026-03-15T00:00:00Z"))
                        .build()))
                .containsExactly(january);
        assertThat(store.find(HistoryQuery.of("nobody"))).isEmpty();
    }

    @Test
    void should_keep_a_recording_and_give_it_back_byte_for_byte() {
        InterviewStore store = store();
        String id = engine(store).create(plan(), null, "ada").id();
        byte[] audio = {82, 73, 70, 70, 0, -1, 127, -128};

        store.saveRecording(new StoredRecording(id, "r4", "audio/wav", audio));

        assertThat(secondWriter(store).recording(id, "r4")).contains(new StoredRecording(id, "r4", "audio/wav", audio));
        assertThat(store.recording(id, "r5")).isEmpty();
    }

    @Test
    void should_delete_a_session_with_its_recordings_and_file_records_and_leave_the_others() {
        InterviewStore store = store();
        InterviewSession gone = playedSession(store, "ada", plan());
        InterviewSession kept = playedSession(store, "ada", plan());
        store.saveRecording(new StoredRecording(gone.id(), "r1", "audio/wav", new byte[] {1, 2, 3}));
        store.saveRecording(new StoredRecording(kept.id(), "r1", "audio/wav", new byte[] {4}));
        store.recordWrittenFile(
                new WrittenFile("ada", gone.id(), Path.of("/tmp/gone.json"), "export", clock.instant()));
        store.recordWrittenFile(new WrittenFile("ada", null, Path.of("/tmp/all.json"), "export", clock.instant()));

        assertThat(store.delete(gone.id())).isTrue();

        assertThat(store.load(gone.id())).isEmpty();
        assertThat(store.recording(gone.id(), "r1")).isEmpty();
        assertThat(store.sessionIds()).containsExactly(kept.id());
        assertThat(store.find(HistoryQuery.of("ada"))).containsExactly(kept.id());
        assertThat(store.writtenFiles("ada")).extracting(WrittenFile::path).containsExactly(Path.of("/tmp/all.json"));
        assertThat(store.recording(kept.id(), "r1")).isPresent();
        assertThat(InterviewSnapshot.replay(store.load(kept.id()))).isEqualTo(kept.snapshot());
        assertThat(store.delete(gone.id())).isFalse();
    }

    @Test
    void should_remember_written_files_per_candidate_until_forgotten() {
        InterviewStore store = store();
        WrittenFile ada = new WrittenFile("ada", null, Path.of("/tmp/ada.jsonl"), "dataset", clock.instant());
        WrittenFile bob = new WrittenFile("bob", null, Path.of("/tmp/bob.json"), "export", clock.instant());
        store.recordWrittenFile(ada);
        store.recordWrittenFile(bob);

        assertThat(secondWriter(store).writtenFiles("ada")).containsExactly(ada);

        store.forgetCandidate("ada");

        assertThat(store.writtenFiles("ada")).isEmpty();
        assertThat(store.writtenFiles("bob")).containsExactly(bob);
    }

    @Test
    void should_start_a_session_again_under_an_id_that_was_deleted() {
        InterviewStore store = store();
        InterviewSession session = playedSession(store, "ada", plan());
        List<RecordedEvent> journal = store.load(session.id());
        store.delete(session.id());

        InterviewSnapshot state = InterviewSnapshot.start(journal.get(0));
        store.append(journal.get(0), state);

        assertThat(store.load(session.id())).containsExactly(journal.get(0));
    }
}
