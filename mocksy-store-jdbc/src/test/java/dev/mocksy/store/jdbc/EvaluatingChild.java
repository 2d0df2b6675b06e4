package dev.mocksy.store.jdbc;

import dev.mocksy.Mocksy;
import dev.mocksy.MocksyHome;
import dev.mocksy.interview.InterviewPlan;
import dev.mocksy.interview.InterviewSession;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The process a crash test kills: it answers the first question of a new interview on the given database, and its
 * evaluator signals and then hangs, as a slow language model would, until the process is killed.
 *
 * <p>Arguments: the JDBC URL, the data directory, the signal file (written with the session id once evaluation has
 * started), the answer.
 */
public final class EvaluatingChild {

    private EvaluatingChild() {}

    public static void main(String[] args) throws Exception {
        String url = args[0];
        Path home = Path.of(args[1]);
        Path signal = Path.of(args[2]);
        String answer = args[3];
        String[] sessionId = new String[1];
        Mocksy mocksy = Mocksy.builder()
                .isolated()
                .setting(MocksyHome.PROPERTY, home.toString())
                .setting("mocksy.store", "jdbc")
                .setting(JdbcStoreSettings.URL, url)
                .answerEvaluator(request -> {
                    try {
                        Path temp =
                                Files.writeString(signal.resolveSibling(signal.getFileName() + ".tmp"), sessionId[0]);
                        Files.move(temp, signal);
                        Thread.sleep(Long.MAX_VALUE);
                    } catch (Exception e) {
                        Thread.currentThread().interrupt();
                    }
                    throw new IllegalStateException("the evaluation was interrupted");
                })
                .build();
        InterviewSession session = mocksy.startInterview(
                InterviewPlan.builder()
                        .role("backend")
                        .type("technical")
                        .questionCount(2)
                        .maxFollowUps(0)
                        .build(),
                null,
                "ada");
        sessionId[0] = session.id();
        session.start();
        session.submitAnswer(answer);
    }
}
