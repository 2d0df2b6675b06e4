package dev.mocksy.examples.cli;

import dev.mocksy.Mocksy;
import dev.mocksy.SessionNotFoundException;
import dev.mocksy.StoreException;
import dev.mocksy.interview.DamagedSession;
import dev.mocksy.interview.InterviewSession;
import dev.mocksy.interview.InterviewState;
import dev.mocksy.interview.SessionListing;
import dev.mocksy.interview.SessionSummary;
import dev.mocksy.interview.Turn;
import java.io.PrintStream;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./mocksy continue [ID]}: picks up an interview that was interrupted, with no answer lost: the pending
 * question is asked again, feedback on an answer evaluated meanwhile is shown, and a finished interview without its
 * report gets it.
 */
@Command(
        name = "continue",
        mixinStandardHelpOptions = true,
        description = "Continue an unfinished interview (the most recent one unless an id is given), or write the"
                + " report of one that finished without it.")
final class ContinueCommand implements Callable<Integer> {

    private final Terminal terminal;

    @Mixin
    Home home;

    @Option(
            names = "--speak",
            description = "The interviewer speaks each question in its offline voice, as with interview --speak.")
    boolean speak;

    @Parameters(arity = "0..1", paramLabel = "ID", description = "The session id, as `./mocksy sessions` lists it.")
    String sessionId;

    ContinueCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        PrintStream out = terminal.out();
        Mocksy mocksy = home.mocksy();
        String id = sessionId != null ? sessionId : latestContinuable(mocksy);
        if (id == null) {
            terminal.err().println("mocksy: no unfinished interview to continue; start one with ./mocksy interview");
            return 1;
        }
        InterviewSession session;
        try {
            session = mocksy.resumeInterview(id);
        } catch (StoreException damaged) {
            terminal.err().println("mocksy: session " + id + " cannot be continued: " + damaged.getMessage());
            return 1;
        } catch (SessionNotFoundException missing) {
            Optional<String> reason = NotImported.reason(mocksy, home, id);
            if (reason.isEmpty()) {
                throw missing;
            }
            terminal.err().println("mocksy: session " + id + " cannot be continued: " + reason.get());
            return 1;
        }
        home.noteUnusedKey(mocksy, out);
        if (session.state().isTerminal()) {
            out.println("Session " + id + " finished without its report; here it is.");
        } else {
            out.println("Continuing session " + id + " (" + session.snapshot().mainQuestionsAsked() + " of "
                    + session.plan().questionCount() + " questions asked so far).");
        }
        if (session.state() == InterviewState.PAUSED) {
            session.resume();
        }
        if (session.state() == InterviewState.FEEDBACK) {
            showLastFeedback(session, out);
        }
        AnswerInput input = new AnswerInput(terminal.in(), terminal.interactive());
        if (!speak) {
            return Sessions.finish(session, input, out, home, null);
        }
        try (QuestionVoice voice =
                new QuestionVoice(mocksy.textToSpeech(), home.path().resolve("sessions"), out)) {
            return Sessions.finish(session, input, out, home, null, voice);
        }
    }

    /** The answer given before the interruption was evaluated on reopening: show what the candidate missed. */
    private static void showLastFeedback(InterviewSession session, PrintStream out) {
        Optional<Turn> turn = session.snapshot().currentTurn();
        if (turn.isEmpty() || turn.get().evaluation() == null) {
            return;
        }
        out.println();
        out.println("Your last answer, to \"" + turn.get().question().text() + "\":");
        new Printer(out).evaluation(turn.get().evaluation());
    }

    /** The most recent session to continue; damaged ones are named so that they do not go unnoticed. */
    private String latestContinuable(Mocksy mocksy) {
        SessionListing listing = mocksy.sessions();
        for (DamagedSession damaged : listing.damaged()) {
            terminal.err().println("mocksy: skipping damaged session " + damaged.id() + ": " + damaged.reason());
        }
        return listing.latestContinuable().map(SessionSummary::id).orElse(null);
    }
}
