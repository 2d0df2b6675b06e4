package dev.mocksy.examples.cli;

import dev.mocksy.Mocksy;
import dev.mocksy.interview.InterviewSnapshot;
import dev.mocksy.store.InterviewStore;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code ./mocksy sessions}: the interviews kept under the data directory. */
@Command(name = "sessions", mixinStandardHelpOptions = true, description = "List saved interview sessions.")
final class SessionsCommand implements Callable<Integer> {

    private final Terminal terminal;

    @Mixin
    Home home;

    SessionsCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        Mocksy mocksy = home.mocksy();
        InterviewStore store = mocksy.engine().store();
        if (mocksy.sessionIds().isEmpty()) {
            terminal.out().println("No sessions yet under " + home.path() + ".");
        }
        for (String id : mocksy.sessionIds()) {
            // Replaying the journal reads the state without re-running anything, unlike resuming.
            InterviewSnapshot snapshot = InterviewSnapshot.replay(store.load(id));
            terminal.out()
                    .printf(
                            "%s  %-10s %d/%d questions  %s %s %s%s%n",
                            id,
                            snapshot.state(),
                            snapshot.mainQuestionsAsked(),
                            snapshot.plan().questionCount(),
                            snapshot.plan().level().id(),
                            snapshot.plan().role().id(),
                            snapshot.plan().type().id(),
                            snapshot.report()
                                    .map(r -> "  score " + r.overall() + "/100")
                                    .orElse(""));
        }
        return 0;
    }
}
