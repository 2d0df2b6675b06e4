package dev.mocksy.examples.cli;

import dev.mocksy.Mocksy;
import dev.mocksy.interview.Candidate;
import dev.mocksy.store.Deletion;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./mocksy delete ID | --all}: removes an interview, or all of your data, for good. */
@Command(
        name = "delete",
        mixinStandardHelpOptions = true,
        description = "Delete an interview, or with --all every interview and file Mocksy wrote for you: journals,"
                + " answers, reports, recordings and exports. This cannot be undone.")
final class DeleteCommand implements Callable<Integer> {

    private final Terminal terminal;

    @Mixin
    Home home;

    @ArgGroup(multiplicity = "1")
    Target target;

    static final class Target {
        @Parameters(paramLabel = "ID", description = "The session to delete.")
        String sessionId;

        @Option(names = "--all", description = "Delete all your data.", required = true)
        boolean all;
    }

    @Option(names = "--yes", description = "Do not ask for confirmation.")
    boolean yes;

    DeleteCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws IOException {
        if (terminal.interactive() && !yes) {
            terminal.out()
                    .print(
                            target.all
                                    ? "Delete ALL your interviews, reports, recordings and exports? Type yes to confirm: "
                                    : "Delete interview " + target.sessionId
                                            + " and everything of it? Type yes to confirm: ");
            terminal.out().flush();
            String answer = terminal.in().readLine();
            if (answer == null || !answer.strip().equalsIgnoreCase("yes")) {
                terminal.out().println("Nothing was deleted.");
                return 1;
            }
        }
        Mocksy mocksy = home.mocksy();
        Deletion deletion =
                target.all ? mocksy.deleteCandidate(Candidate.LOCAL) : mocksy.deleteSession(target.sessionId);
        terminal.out()
                .println("Deleted " + deletion.sessions().size() + " interview"
                        + (deletion.sessions().size() == 1 ? "" : "s") + " and "
                        + deletion.files().size() + " file"
                        + (deletion.files().size() == 1 ? "" : "s") + ".");
        for (Path file : deletion.files()) {
            terminal.out().println("  removed " + file);
        }
        return 0;
    }
}
