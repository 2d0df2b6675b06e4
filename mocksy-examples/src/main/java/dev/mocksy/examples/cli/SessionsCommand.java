package dev.mocksy.examples.cli;

import dev.mocksy.Mocksy;
import dev.mocksy.interview.DamagedSession;
import dev.mocksy.interview.SessionListing;
import dev.mocksy.interview.SessionSummary;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code ./mocksy sessions}: the interviews kept under the data directory, damaged journals named apart. */
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
        SessionListing listing = mocksy.sessions();
        List<String> notImported = NotImported.reasons(mocksy, home);
        if (listing.isEmpty() && notImported.isEmpty()) {
            terminal.out().println("No sessions yet under " + home.path() + ".");
        }
        for (SessionSummary session : listing.sessions()) {
            terminal.out()
                    .printf(
                            "%s  %-10s %d/%d questions  %s %s %s%s%n",
                            session.id(),
                            session.state(),
                            session.questionsAsked(),
                            session.plan().questionCount(),
                            session.plan().level().id(),
                            session.plan().role().id(),
                            session.plan().type().id(),
                            session.overallScore()
                                    .map(score -> "  score " + score + "/100")
                                    .orElse(""));
        }
        for (DamagedSession damaged : listing.damaged()) {
            terminal.out().println(damaged.id() + "  DAMAGED    " + damaged.reason());
        }
        notImported.forEach(reason -> terminal.out().println(reason));
        return 0;
    }
}
