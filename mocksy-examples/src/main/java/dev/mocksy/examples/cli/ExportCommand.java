package dev.mocksy.examples.cli;

import dev.mocksy.Mocksy;
import dev.mocksy.interview.Candidate;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./mocksy export FILE}: the whole history (or one session) as JSON, or an anonymised dataset. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Export your history (or one session) as JSON, or, with --anonymised, your answers and scores"
                + " as a JSON-lines dataset with names, e-mails, phones, companies and links removed.")
final class ExportCommand implements Callable<Integer> {

    private final Terminal terminal;

    @Mixin
    Home home;

    @Parameters(paramLabel = "FILE", description = "Where to write it.")
    Path file;

    @Option(names = "--anonymised", description = "The anonymised JSON-lines dataset for research.")
    boolean anonymised;

    @Option(names = "--session", paramLabel = "ID", description = "Only this session (not with --anonymised).")
    String sessionId;

    ExportCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        if (anonymised && sessionId != null) {
            throw new IllegalArgumentException("--anonymised exports all your answers; leave out --session");
        }
        Mocksy mocksy = home.mocksy();
        Path written = anonymised
                ? mocksy.exportDataset(Candidate.LOCAL, file)
                : sessionId != null
                        ? mocksy.exportSession(sessionId, file)
                        : mocksy.exportHistory(Candidate.LOCAL, file);
        terminal.out().println("Exported to " + written + (anonymised ? " (anonymised)." : "."));
        return 0;
    }
}
