package dev.mocksy.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mocksy.Mocksy;
import dev.mocksy.MocksyHome;
import dev.mocksy.interview.InterviewEvent;
import dev.mocksy.interview.InterviewSession;
import dev.mocksy.interview.InterviewSnapshot;
import dev.mocksy.interview.InterviewState;
import dev.mocksy.interview.RecordedEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing acknowledged is lost: an answer is committed before its evaluation starts, so a process killed while
 * evaluating (a real second JVM, killed with destroyForcibly) leaves the answer in the database, and the session
 * resumes from it in another process. Run on SQLite and PostgreSQL.
 */
abstract class CrashDuringEvaluationBehaviour {

    private static final String ANSWER = "I would add a B-tree index on customer_id, because the query filters on it;"
            + " it slows inserts a little and takes disk space, so I would check the plan with EXPLAIN first.";

    @TempDir
    Path home;

    abstract String url();

    @Test
    void should_resume_with_the_answer_after_the_process_is_killed_during_evaluation() throws Exception {
        Path signal = home.resolve("evaluating");
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        EvaluatingChild.class.getName(),
                        url(),
                        home.toString(),
                        signal.toString(),
                        ANSWER)
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("child.log").toFile())
                .start();
        String sessionId;
        try {
            sessionId = awaitSignal(signal, child);
            // the child is inside its evaluator now: the answer must already be in the database
            try (JdbcInterviewStore store = JdbcInterviewStore.open(JdbcStoreSettings.of(url()))) {
                List<RecordedEvent> journal = store.load(sessionId);
                assertThat(journal.get(journal.size() - 1).event())
                        .isInstanceOfSatisfying(
                                InterviewEvent.AnswerReceived.class,
                                received -> assertThat(received.answer().text()).isEqualTo(ANSWER));
            }
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        Mocksy mocksy = Mocksy.builder()
                .isolated()
                .setting(MocksyHome.PROPERTY, home.toString())
                .setting("mocksy.store", "jdbc")
                .setting(JdbcStoreSettings.URL, url())
                .build();
        InterviewSnapshot killed = mocksy.loadSession(sessionId);
        assertThat(killed.state()).isEqualTo(InterviewState.PROCESSING);
        assertThat(killed.candidateId()).isEqualTo("ada");

        InterviewSession resumed = mocksy.resumeInterview(sessionId);

        assertThat(resumed.state()).isEqualTo(InterviewState.FEEDBACK);
        assertThat(resumed.snapshot().turns().get(0).answer().text()).isEqualTo(ANSWER);
        assertThat(resumed.snapshot().turns().get(0).evaluation().overall()).isGreaterThan(0);
        assertThat(mocksy.loadSession(sessionId)).isEqualTo(resumed.snapshot());
    }

    private String awaitSignal(Path signal, Process child) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (!Files.exists(signal)) {
            if (!child.isAlive()) {
                throw new AssertionError("the child process ended with " + child.exitValue() + " before evaluating:\n"
                        + Files.readString(home.resolve("child.log"), StandardCharsets.UTF_8));
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the child process did not start evaluating within 90 s:\n"
                        + Files.readString(home.resolve("child.log"), StandardCharsets.UTF_8));
            }
            Thread.sleep(50);
        }
        return Files.readString(signal, StandardCharsets.UTF_8).strip();
    }
}
