package dev.mocksy.examples.cli;

import dev.mocksy.Mocksy;
import dev.mocksy.interview.InterviewSnapshot;
import dev.mocksy.interview.Note;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./mocksy notes ID [TEXT]}: personal notes on an interview or one of its questions. */
@Command(
        name = "notes",
        mixinStandardHelpOptions = true,
        description = "Add a personal note to an interview (or, with --question, to one answer), or list its notes.")
final class NotesCommand implements Callable<Integer> {

    private final Terminal terminal;

    @Mixin
    Home home;

    @Parameters(index = "0", paramLabel = "ID", description = "The session id.")
    String sessionId;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "TEXT", description = "The note; none lists the notes.")
    List<String> text;

    @Option(
            names = "--question",
            paramLabel = "N",
            description = "The question the note is about: its number as in the report (2, or 2a for a follow-up)"
                    + " or its id.")
    String question;

    NotesCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        Mocksy mocksy = home.mocksy();
        InterviewSnapshot session = mocksy.loadSession(sessionId);
        String questionId = question == null ? null : QuestionRef.resolve(session, question);
        if (text != null && !text.isEmpty()) {
            mocksy.addNote(sessionId, questionId, String.join(" ", text));
            terminal.out().println("Note added to " + (questionId == null ? "session " + sessionId : questionId) + ".");
            return 0;
        }
        List<Note> notes = questionId == null ? session.notes() : session.notes(questionId);
        if (notes.isEmpty()) {
            terminal.out().println("No notes yet. Add one: ./mocksy notes " + sessionId + " \"what to remember\"");
        }
        for (Note note : notes) {
            terminal.out()
                    .println(HistoryCommand.DATE.format(note.writtenAt()) + "  "
                            + (note.onSession() ? "session" : note.questionId()) + "  " + note.text());
        }
        return 0;
    }
}
