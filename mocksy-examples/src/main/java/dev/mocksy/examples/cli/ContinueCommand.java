package dev.mocksy.examples.cli;

import dev.mocksy.Mocksy;
import dev.mocksy.interview.InterviewSession;
import dev.mocksy.interview.InterviewSnapshot;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code ./mocksy continue [ID]}: picks up an interview that was interrupted, with no answer lost. */
@Command(
        name = "continue",
        mixinStandardHelpOptions = true,
        description = "Continue an unfinished interview (the most recent one unless an id is given).")
final class ContinueCommand implements Callable<Integer> {

    private final Terminal terminal;

    @Mixin
    Home home;

    @Parameters(arity = "0..1", paramLabel = "ID", description = "The session id, as `./mocksy sessions` lists it.")
    String sessionId;

    ContinueCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        PrintStream out = terminal.out();
        Mocksy mocksy = home.mocksy();
        String id = sessionId != null ? sessionId : latestUnfinished(mocksy);
        if (id == null) {
            terminal.err().println("mocksy: no unfinished interview to continue; start one with ./mocksy interview");
            return 1;
        }
        InterviewSession session = mocksy.resumeInterview(id);
        out.println("Continuing session " + id + " (" + session.snapshot().mainQuestionsAsked() + " of "
                + session.plan().questionCount() + " questions asked so far).");
        if (session.state() == dev.mocksy.interview.InterviewState.PAUSED) {
            session.resume();
        }
        return Sessions.finish(
                mocksy, session, new AnswerInput(terminal.in(), terminal.interactive()), out, home, null);
    }

    private static String latestUnfinished(Mocksy mocksy) {
        List<String> ids = mocksy.sessionIds();
        for (int i = ids.size() - 1; i >= 0; i--) {
            if (!InterviewSnapshot.replay(mocksy.engine().store().load(ids.get(i)))
                    .state()
                    .isTerminal()) {
                return ids.get(i);
            }
        }
        return null;
    }
}
