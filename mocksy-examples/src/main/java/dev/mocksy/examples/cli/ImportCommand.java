package dev.mocksy.examples.cli;

import dev.mocksy.store.JournalImport;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code ./mocksy import [DIR]}: brings JSON-lines journals into the store, keeping the files. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = "Import the interview journals (JSON lines) of a directory, by default the sessions folder of"
                + " the data directory, into the store. The files are kept; importing again adds nothing twice.")
final class ImportCommand implements Callable<Integer> {

    private final Terminal terminal;

    @Mixin
    Home home;

    @Parameters(arity = "0..1", paramLabel = "DIR", description = "The journals' directory.")
    Path directory;

    ImportCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        Path source = directory != null ? directory : home.path().resolve("sessions");
        JournalImport.Result result = home.mocksy().importJournals(source);
        terminal.out()
                .println("Imported " + result.imported().size() + " sessions ("
                        + result.extended().size() + " completed, "
                        + result.unchanged().size() + " already there) from " + source + ".");
        result.conflicting().forEach(reason -> terminal.err().println("mocksy: not imported: " + reason));
        result.damaged().forEach(reason -> terminal.err().println("mocksy: not imported, damaged: " + reason));
        return result.conflicting().isEmpty() && result.damaged().isEmpty() ? 0 : 1;
    }
}
