package dev.mocksy.examples.cli;

import java.io.InputStream;
import java.io.PrintStream;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ./mocksy} command line: one subcommand per job. */
@Command(
        name = "mocksy",
        mixinStandardHelpOptions = true,
        version = "Mocksy 0.1.0-SNAPSHOT",
        description = "AI mock interviews in your terminal; runs offline when no API key is configured.",
        subcommands = {
            ServeCommand.class,
            InterviewCommand.class,
            ContinueCommand.class,
            SessionsCommand.class,
            HistoryCommand.class,
            ReportCommand.class,
            ProgressCommand.class,
            NotesCommand.class,
            BookmarkCommand.class,
            RecordingsCommand.class,
            ExportCommand.class,
            DeleteCommand.class,
            ImportCommand.class,
            EvaluateCommand.class,
            AgreementCommand.class,
            AnalyzeVideoCommand.class,
            ProfileCommand.class,
            TranscribeCommand.class,
            SayCommand.class,
            CommandLine.HelpCommand.class
        })
public final class MocksyCli {

    /** Runs the command line and returns its exit code. Streams are parameters so tests can drive it. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        CommandLine commandLine = new CommandLine(new MocksyCli(), new Terminal.Factory(in, out, err));
        commandLine.setOut(new java.io.PrintWriter(out, true));
        commandLine.setErr(new java.io.PrintWriter(err, true));
        commandLine.setExecutionExceptionHandler((exception, cmd, parsed) -> {
            err.println("mocksy: " + Logs.explain(exception));
            return 1;
        });
        try {
            return commandLine.execute(args);
        } finally {
            closeHomes(commandLine);
        }
    }

    /** Each command's data directory mixin closes the Mocksy instances (and database connections) it opened. */
    private static void closeHomes(CommandLine commandLine) {
        CommandLine.ParseResult parsed = commandLine.getParseResult();
        while (parsed != null) {
            for (CommandLine.Model.CommandSpec mixin :
                    parsed.commandSpec().mixins().values()) {
                if (mixin.userObject() instanceof Home home) {
                    home.close();
                }
            }
            parsed = parsed.subcommand();
        }
    }

    public static void main(String[] args) {
        Logs.toFile(args);
        System.exit(run(args, System.in, System.out, System.err));
    }
}
