package dev.mocksy.interview;

import dev.mocksy.evaluation.Evaluation;
import dev.mocksy.question.Question;
import dev.mocksy.report.InterviewReport;
import dev.mocksy.resume.CandidateProfile;
import dev.mocksy.vision.FrameObservation;
import java.util.Objects;

/**
 * One transition of an interview session, immutable and journaled before anything slow happens.
 *
 * <p>A session's state is the fold of its events ({@link InterviewSnapshot#replay}). How events are written to a
 * store is the journal format's business, versioned apart from these types so that they can evolve.
 */
public sealed interface InterviewEvent {

    /**
     * The session was created with its plan, for a candidate: {@code -> IDLE}.
     *
     * @param candidateId whose session it is; {@code null} (a journal written before sessions had owners) means
     *     {@link Candidate#LOCAL}
     */
    record SessionStarted(InterviewPlan plan, CandidateProfile profile, String candidateId) implements InterviewEvent {
        public SessionStarted {
            Objects.requireNonNull(plan, "plan");
            candidateId = candidateId == null ? Candidate.LOCAL : Candidate.requireValid(candidateId);
        }
    }

    /** A main question was put to the candidate: {@code IDLE | FEEDBACK -> ASKING}. */
    record QuestionAsked(Question question, int number) implements InterviewEvent {
        public QuestionAsked {
            Objects.requireNonNull(question, "question");
        }
    }

    /** A follow-up on a main question was chosen and put to the candidate: {@code FEEDBACK -> ASKING}. */
    record FollowUpChosen(Question question, String parentQuestionId, String reason) implements InterviewEvent {
        public FollowUpChosen {
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(parentQuestionId, "parentQuestionId");
        }
    }

    /** The question has been delivered; the answer clock runs: {@code ASKING -> LISTENING}. */
    record ListeningStarted(String questionId) implements InterviewEvent {}

    /** The answer was captured and stored, before evaluation: {@code LISTENING -> PROCESSING}. */
    record AnswerReceived(String questionId, Answer answer) implements InterviewEvent {
        public AnswerReceived {
            Objects.requireNonNull(answer, "answer");
        }
    }

    /** The answer was evaluated: {@code PROCESSING -> FEEDBACK}. */
    record AnswerEvaluated(String questionId, Evaluation evaluation) implements InterviewEvent {
        public AnswerEvaluated {
            Objects.requireNonNull(evaluation, "evaluation");
        }
    }

    /** The candidate paused: {@code ASKING | LISTENING | FEEDBACK -> PAUSED}. */
    record Paused() implements InterviewEvent {}

    /** The candidate resumed: {@code PAUSED -> } the state before the pause. */
    record Resumed() implements InterviewEvent {}

    /** The interview finished: {@code FEEDBACK -> COMPLETED}. */
    record Completed(String reason) implements InterviewEvent {}

    /** The candidate ended the interview early: {@code any unfinished state -> ABANDONED}. */
    record Abandoned(String reason) implements InterviewEvent {}

    /** The report was generated; the state stays terminal. */
    record ReportGenerated(InterviewReport report) implements InterviewEvent {
        public ReportGenerated {
            Objects.requireNonNull(report, "report");
        }
    }

    /**
     * The candidate agreed to, or refused, the capture or analysis of {@code capability} (e.g. {@link Consent#VIDEO}
     * or {@link Consent#VOICE}) under {@code statement}; allowed in any state before the end, changing no state.
     */
    record ConsentRecorded(String capability, boolean granted, String statement) implements InterviewEvent {
        public ConsentRecorded {
            requireText(capability, "capability");
            requireText(statement, "statement");
        }

        private static void requireText(String value, String field) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException(field + " of a consent must not be blank");
            }
        }
    }

    /**
     * The pending question is put to the candidate again with a fresh answer timer: {@code ASKING | LISTENING ->
     * ASKING}, or {@code PROCESSING -> ASKING} when the stored answer asked for the question again instead of
     * answering it (it is not graded). Asked when a session is reopened after an interruption, or when the candidate
     * asked to hear it again.
     *
     * @param question the question in other words, or {@code null} when it is asked as it was
     */
    record QuestionRepeated(String questionId, String reason, Question question) implements InterviewEvent {
        public QuestionRepeated {
            Objects.requireNonNull(questionId, "questionId");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * The session was reopened after nobody ran it for a while; that time does not count against its timers. The
     * state does not change.
     */
    record Reopened() implements InterviewEvent {}

    /**
     * A webcam frame was observed, while the candidate answered {@code questionId} or, when it is {@code null},
     * between answers. Allowed while the interview runs, when the session's vision policy allows analysis; the state
     * does not change.
     */
    record FrameObserved(String questionId, FrameObservation observation) implements InterviewEvent {
        public FrameObserved {
            Objects.requireNonNull(observation, "observation");
        }
    }

    /**
     * The candidate wrote a personal note on the session ({@code questionId} is {@code null}) or on one answered
     * question. Allowed in any state, after the end too; the state does not change.
     */
    record NoteAdded(String questionId, String text) implements InterviewEvent {
        /** The longest note accepted, in characters. */
        public static final int MAX_CHARS = 10_000;

        public NoteAdded {
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("a note must not be blank");
            }
            text = text.strip();
            if (text.length() > MAX_CHARS) {
                throw new IllegalArgumentException(
                        "a note may be at most " + MAX_CHARS + " characters long, got " + text.length());
            }
        }
    }

    /**
     * The candidate bookmarked a question asked in the session, or removed the bookmark. Allowed in any state, after
     * the end too; the state does not change.
     */
    record BookmarkSet(String questionId, boolean bookmarked) implements InterviewEvent {
        public BookmarkSet {
            if (questionId == null || questionId.isBlank()) {
                throw new IllegalArgumentException("a bookmark needs the id of a question asked in the session");
            }
        }
    }

    /**
     * The audio of a spoken answer to {@code questionId} was kept in the store as {@code recordingId}, before it was
     * transcribed. Allowed while a question waits for its answer; the state does not change.
     */
    record RecordingKept(String questionId, String recordingId, String mediaType) implements InterviewEvent {
        public RecordingKept {
            Objects.requireNonNull(questionId, "questionId");
            Objects.requireNonNull(recordingId, "recordingId");
            Objects.requireNonNull(mediaType, "mediaType");
        }
    }

    /**
     * The interviewer's language model stopped being used for this session (its key was rejected, or it lost the
     * session's time budget to failures); the offline interviewer takes over. The state does not change.
     */
    record LanguageModelDropped(String reason) implements InterviewEvent {
        public LanguageModelDropped {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
