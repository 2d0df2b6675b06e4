package dev.mocksy.analytics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.mocksy.StoreException;
import dev.mocksy.evaluation.Evaluation;
import dev.mocksy.evaluation.RubricCategory;
import dev.mocksy.internal.MocksyJson;
import dev.mocksy.interview.InterviewPlan;
import dev.mocksy.interview.InterviewSnapshot;
import dev.mocksy.interview.InterviewState;
import dev.mocksy.interview.Note;
import dev.mocksy.interview.Recording;
import dev.mocksy.interview.Turn;
import dev.mocksy.report.InterviewReport;
import dev.mocksy.resume.CandidateProfile;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A candidate's data as JSON, to take elsewhere: one session, the whole history with its progress, or an anonymised
 * dataset for research.
 *
 * <p>A session export holds the plan, the profile, every question with the candidate's answer, its evaluation, notes
 * and bookmark, the session's notes, the ids of kept recordings (the audio is downloaded apart) and the report. The
 * dataset is JSON lines, one evaluated answer per line:
 *
 * <pre>{"question":"...","questionType":"technical","answer":"... [email] ...","overall":6.5,
 * "categories":{"TECHNICAL_CORRECTNESS":7.0,...},"covered":[...],"missed":[...],"method":"heuristic"}</pre>
 *
 * <p>with the question and the answer redacted by {@link DatasetRedactor} (a personal question may quote the resume) and nothing that names the candidate or the session.
 */
public final class Exports {

    private static final ObjectMapper PRETTY = MocksyJson.mapper().copy().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper COMPACT = MocksyJson.mapper();

    private Exports() {}

    /** One session as a pretty-printed JSON document. */
    public static String session(InterviewSnapshot session) {
        return write(PRETTY, SessionDocument.of(session));
    }

    /** Every session of a candidate, oldest first, with their progress, as a pretty-printed JSON document. */
    public static String history(String candidateId, List<InterviewSnapshot> sessions, ProgressReport progress) {
        List<SessionDocument> documents = sessions.stream()
                .sorted(Comparator.comparing(InterviewSnapshot::createdAt))
                .map(SessionDocument::of)
                .toList();
        return write(PRETTY, new HistoryDocument(candidateId, Instant.now(), documents, progress));
    }

    /**
     * The anonymised dataset of these sessions: one JSON line per evaluated answer (skips included, as they scored),
     * each ending with a line break.
     */
    public static String dataset(List<InterviewSnapshot> sessions) {
        StringBuilder lines = new StringBuilder();
        for (InterviewSnapshot session : sessions) {
            DatasetRedactor redactor =
                    DatasetRedactor.forProfile(session.profile().orElse(null));
            for (Turn turn : session.turns()) {
                if (!turn.isEvaluated()) {
                    continue;
                }
                Evaluation evaluation = turn.evaluation();
                lines.append(write(
                                COMPACT,
                                new DatasetLine(
                                        redactor.redact(turn.question().text()),
                                        turn.question().type().id(),
                                        turn.isFollowUp(),
                                        redactor.redact(turn.answer().text()),
                                        turn.answer().skipped(),
                                        evaluation.overall(),
                                        new EnumMap<>(evaluation.categories()),
                                        evaluation.covered(),
                                        evaluation.missed(),
                                        evaluation.method())))
                        .append('\n');
            }
        }
        return lines.toString();
    }

    private static String write(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot write the export: " + e.getOriginalMessage(), e);
        }
    }

    /** The export of one session. */
    record SessionDocument(
            String sessionId,
            String candidateId,
            Instant createdAt,
            Instant lastEventAt,
            InterviewState state,
            String endReason,
            InterviewPlan plan,
            CandidateProfile profile,
            List<QuestionDocument> questions,
            List<Note> notes,
            InterviewReport report) {

        static SessionDocument of(InterviewSnapshot session) {
            List<QuestionDocument> questions = new ArrayList<>();
            for (Turn turn : session.turns()) {
                String id = turn.question().id();
                questions.add(new QuestionDocument(
                        turn,
                        session.bookmarks().contains(id),
                        session.notes(id),
                        session.recordings().stream()
                                .filter(recording -> recording.questionId().equals(id))
                                .map(Recording::recordingId)
                                .toList()));
            }
            return new SessionDocument(
                    session.sessionId(),
                    session.candidateId(),
                    session.createdAt(),
                    session.lastEventAt(),
                    session.state(),
                    session.endReason().orElse(null),
                    session.plan(),
                    session.profile().orElse(null),
                    questions,
                    session.notes().stream().filter(Note::onSession).toList(),
                    session.report().orElse(null));
        }
    }

    /** One question of an exported session, with what the candidate did with it. */
    record QuestionDocument(Turn turn, boolean bookmarked, List<Note> notes, List<String> recordings) {}

    /** The export of a candidate's whole history. */
    record HistoryDocument(
            String candidateId, Instant exportedAt, List<SessionDocument> sessions, ProgressReport progress) {}

    /** One line of the anonymised dataset. */
    record DatasetLine(
            String question,
            String questionType,
            boolean followUp,
            String answer,
            boolean skipped,
            double overall,
            Map<RubricCategory, Double> categories,
            List<String> covered,
            List<String> missed,
            String method) {}
}
