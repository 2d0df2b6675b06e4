package dev.mocksy.examples.cli;

import dev.mocksy.Mocksy;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./mocksy bookmark ID QUESTION}: marks an answer to come back to. */
@Command(
        name = "bookmark",
        mixinStandardHelpOptions = true,
        description = "Bookmark a question of an interview to come back to (or remove the bookmark).")
final class BookmarkCommand implements Callable<Integer> {

    private final Terminal terminal;

    @Mixin
    Home home;

    @Parameters(index = "0", paramLabel = "ID", description = "The session id.")
    String sessionId;

    @Parameters(
            index = "1",
            paramLabel = "QUESTION",
            description = "Its number as in the report (2, or 2a for a follow-up) or its id.")
    String question;

    @Option(names = "--remove", description = "Remove the bookmark.")
    boolean remove;

    BookmarkCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        Mocksy mocksy = home.mocksy();
        String questionId = QuestionRef.resolve(mocksy.loadSession(sessionId), question);
        mocksy.bookmark(sessionId, questionId, !remove);
        terminal.out().println((remove ? "Bookmark removed from " : "Bookmarked ") + questionId + ".");
        return 0;
    }
}
