package dev.mocksy.examples.cli;

import dev.mocksy.Mocksy;
import dev.mocksy.interview.InterviewSnapshot;
import dev.mocksy.interview.Recording;
import dev.mocksy.store.StoredRecording;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./mocksy recordings ID [--out DIR]}: the kept audio of a session's spoken answers. */
@Command(
        name = "recordings",
        mixinStandardHelpOptions = true,
        description =
                "List the audio kept for a session's spoken answers (interview --record), or save it as WAV files.")
final class RecordingsCommand implements Callable<Integer> {

    private final Terminal terminal;

    @Mixin
    Home home;

    @Parameters(index = "0", paramLabel = "ID", description = "The session id.")
    String sessionId;

    @Option(names = "--out", paramLabel = "DIR", description = "Save each recording as DIR/<question>-<id>.wav.")
    Path out;

    RecordingsCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws IOException {
        Mocksy mocksy = home.mocksy();
        InterviewSnapshot session = mocksy.loadSession(sessionId);
        List<Recording> recordings = session.recordings();
        PrintStream printed = terminal.out();
        if (recordings.isEmpty()) {
            printed.println("No audio was kept for " + sessionId
                    + ": run the interview with --voice or --mic and --record to keep it.");
            return 0;
        }
        if (out != null) {
            if (Files.exists(out) && !Files.isDirectory(out)) {
                throw new IllegalArgumentException(out + " is a file; --out takes a directory");
            }
            Files.createDirectories(out);
        }
        for (Recording recording : recordings) {
            StoredRecording stored = mocksy.recording(sessionId, recording.recordingId())
                    .orElseThrow(() -> new IllegalStateException("the audio of " + recording.recordingId()
                            + " is listed in the session but missing from the store"));
            String line = recording.questionId() + "  " + recording.recordingId() + "  "
                    + String.format("%,d bytes", stored.size());
            if (out != null) {
                Path file = out.resolve(recording.questionId() + "-" + recording.recordingId() + ".wav");
                Files.write(file, stored.audio());
                line += "  -> " + file;
            }
            printed.println(line);
        }
        return 0;
    }
}
