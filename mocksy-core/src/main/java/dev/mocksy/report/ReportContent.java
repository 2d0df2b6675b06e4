package dev.mocksy.report;

import dev.mocksy.interview.InterviewSnapshot;
import dev.mocksy.interview.Note;
import dev.mocksy.interview.Turn;
import dev.mocksy.question.Question;
import dev.mocksy.report.layout.ReportLayout;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a rendered report shows: the report itself, the questions as asked (for their model answers and key
 * points), the progress line across the candidate's sessions, and the candidate's notes and bookmarks.
 *
 * @param report the session's report
 * @param questions the questions asked, by id
 * @param progress the overall score of each of the candidate's sessions up to this one, oldest first; may be empty
 * @param notes the candidate's notes on the session and its questions
 * @param bookmarks the ids of the bookmarked questions
 */
public record ReportContent(
        InterviewReport report,
        Map<String, Question> questions,
        List<ProgressPoint> progress,
        List<Note> notes,
        Set<String> bookmarks) {

    public ReportContent {
        Objects.requireNonNull(report, "report");
        questions = Collections.unmodifiableMap(new LinkedHashMap<>(questions));
        progress = List.copyOf(progress);
        notes = List.copyOf(notes);
        bookmarks = Collections.unmodifiableSet(new LinkedHashSet<>(bookmarks));
    }

    /** The report alone, without questions, progress or notes. */
    public static ReportContent of(InterviewReport report) {
        return new ReportContent(report, Map.of(), List.of(), List.of(), Set.of());
    }

    /**
     * The content of a finished session's report.
     *
     * @throws IllegalArgumentException when the session has no report yet
     */
    public static ReportContent of(InterviewSnapshot session, List<ProgressPoint> progress) {
        InterviewReport report = session.report()
                .orElseThrow(() -> new IllegalArgumentException("session " + session.sessionId()
                        + " has no report yet: finish or end the interview and generate its report first"));
        Map<String, Question> questions = new LinkedHashMap<>();
        for (Turn turn : session.turns()) {
            questions.putIfAbsent(turn.question().id(), turn.question());
        }
        return new ReportContent(report, questions, progress, session.notes(), session.bookmarks());
    }

    /** The report laid out once for every format (HTML, PDF). */
    public ReportLayout layout() {
        return new ReportLayoutBuilder(this).build();
    }
}
