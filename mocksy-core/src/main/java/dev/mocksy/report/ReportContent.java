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

    /** A builder for {@link ReportContent}; every field is checked when {@link Builder#build()} runs. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link ReportContent}. */
    public static final class Builder {
        private InterviewReport report;
        private Map<String, Question> questions = Map.of();
        private List<ProgressPoint> progress = List.of();
        private List<Note> notes = List.of();
        private Set<String> bookmarks = Set.of();

        private Builder() {}

        private Builder(ReportContent source) {
            report = source.report;
            questions = source.questions;
            progress = source.progress;
            notes = source.notes;
            bookmarks = source.bookmarks;
        }

        public Builder report(InterviewReport report) {
            this.report = report;
            return this;
        }

        public Builder questions(Map<String, Question> questions) {
            this.questions = questions;
            return this;
        }

        public Builder progress(List<ProgressPoint> progress) {
            this.progress = progress;
            return this;
        }

        public Builder notes(List<Note> notes) {
            this.notes = notes;
            return this;
        }

        public Builder bookmarks(Set<String> bookmarks) {
            this.bookmarks = bookmarks;
            return this;
        }

        /**
         * Builds the value.
         *
         * @throws IllegalArgumentException or {@link NullPointerException} naming the field that is missing or
         *     out of range
         */
        public ReportContent build() {
            return new ReportContent(report, questions, progress, notes, bookmarks);
        }
    }
}
