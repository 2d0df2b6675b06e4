package dev.mocksy.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mocksy.JournalConflictException;
import dev.mocksy.StoreException;
import dev.mocksy.interview.InterviewEvent;
import dev.mocksy.interview.InterviewPlan;
import dev.mocksy.interview.InterviewSession;
import dev.mocksy.interview.InterviewSnapshot;
import dev.mocksy.interview.RecordedEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileInterviewStoreTest extends InterviewStoreContract {

    @Override
    protected InterviewStore store() {
        return new FileInterviewStore(dir);
    }

    /** Another process opens the same directory. */
    @Override
    protected InterviewStore secondWriter(InterviewStore store) {
        return new FileInterviewStore(((FileInterviewStore) store).directory());
    }

    @TempDir
    Path dir;

    private InterviewSession playedSession(InterviewStore store) {
        InterviewSession session = engine(store)
                .create(
                        InterviewPlan.builder()
                                .questionCount(2)
                                .totalTimeLimit(Duration.ofMinutes(30))
                                .build(),
                        null);
        session.start();
        session.pause();
        clock.advance(Duration.ofMinutes(1));
        session.resume();
        session.submitAnswer("An index, follow me up");
        session.next();
        session.submitAnswer("Because \"quotes\", unicode ✓ and\nnew lines survive");
        session.next();
        session.submitAnswer("another index");
        session.next();
        session.report();
        return session;
    }

    @Test
    void should_round_trip_a_whole_session_through_json_lines() {
        InterviewSession live = playedSession(new FileInterviewStore(dir));

        InterviewStore reopened = new FileInterviewStore(dir);
        InterviewSnapshot replayed = InterviewSnapshot.replay(reopened.load(live.id()));

        assertThat(replayed).isEqualTo(live.snapshot());
        assertThat(reopened.sessionIds()).containsExactly(live.id());
        assertThat(dir.resolve(live.id() + ".jsonl")).exists();
    }

    private List<RecordedEvent> store(InterviewSession session) {
        return new FileInterviewStore(dir).load(session.id());
    }

    @Test
    void should_let_a_second_store_on_the_same_directory_resume_the_session() {
        InterviewSession first = engine(new FileInterviewStore(dir))
                .create(InterviewPlan.builder().questionCount(2).build(), null);
        first.start();
        first.receiveAnswer("a stored, not yet evaluated answer about an index");

        InterviewSession second = engine(new FileInterviewStore(dir)).resume(first.id());

        assertThat(second.snapshot().turns().get(0).evaluation().overall()).isEqualTo(8);
        assertThat(store(second).subList((int) first.snapshot().sequence(), (int)
                        second.snapshot().sequence()))
                .extracting(event -> event.event().getClass().getSimpleName())
                .containsExactly("Reopened", "AnswerEvaluated");
    }

    @Test
    void should_detect_a_second_writer_and_write_nothing() {
        InterviewStore store = new FileInterviewStore(dir);
        InterviewSession session = engine(store).create(InterviewPlan.builder().build(), null);
        RecordedEvent stale = new RecordedEvent(session.id(), 1, clock.instant(), new InterviewEvent.Paused());

        assertThatThrownBy(() -> store.append(stale))
                .isInstanceOf(JournalConflictException.class)
                .hasMessageContaining(
                        "tried to append event #1, but the journal ends at event #1 (the next one would be #2)");
        assertThat(store.load(session.id())).hasSize(1);
    }

    @Test
    void should_ignore_a_torn_last_line_and_overwrite_it_on_the_next_append() throws IOException {
        InterviewStore store = new FileInterviewStore(dir);
        InterviewSession session = engine(store).create(InterviewPlan.builder().build(), null);
        Path file = dir.resolve(session.id() + ".jsonl");
        Files.writeString(file, "{\"sessionId\":\"" + session.id() + "\",\"seq", StandardOpenOption.APPEND);

        assertThat(store.load(session.id())).hasSize(1);
        session.start();

        assertThat(store.load(session.id())).hasSize(2);
        assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).hasSize(2);
    }

    @Test
    void should_name_the_line_of_a_corrupt_journal() throws IOException {
        Files.writeString(dir.resolve("broken.jsonl"), "this is not json\n");

        assertThatThrownBy(() -> new FileInterviewStore(dir).load("broken"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("line 1 of " + dir.resolve("broken.jsonl").toAbsolutePath() + " is damaged")
                .hasMessageContaining("delete line 1 and the lines after it");
    }

    @Test
    void should_refuse_session_ids_that_could_escape_the_directory() {
        assertThatThrownBy(() -> new FileInterviewStore(dir).load("../etc/passwd"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("session id must be");
    }

    @Test
    void should_return_nothing_for_an_unknown_session() {
        assertThat(new FileInterviewStore(dir).load("never-seen")).isEmpty();
    }
}
