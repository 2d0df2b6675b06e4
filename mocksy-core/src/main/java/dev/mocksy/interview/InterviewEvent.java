package dev.mocksy.interview;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.mocksy.evaluation.Evaluation;
import dev.mocksy.question.Question;
import dev.mocksy.report.InterviewReport;
import dev.mocksy.resume.CandidateProfile;
import java.util.Objects;

/**
 * One transition of an interview session, immutable and journaled before anything slow happens.
 *
 * <p>A session's state is the fold of its events ({@link InterviewSnapshot#replay}); the JSON {@code type} names
 * below are the journal's format and never change meaning.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = InterviewEvent.SessionStarted.class, name = "session-started"),
    @JsonSubTypes.Type(value = InterviewEvent.QuestionAsked.class, name = "question-asked"),
    @JsonSubTypes.Type(value = InterviewEvent.FollowUpChosen.class, name = "follow-up-chosen"),
    @JsonSubTypes.Type(value = InterviewEvent.ListeningStarted.class, name = "listening-started"),
    @JsonSubTypes.Type(value = InterviewEvent.AnswerReceived.class, name = "answer-received"),
    @JsonSubTypes.Type(value = InterviewEvent.AnswerEvaluated.class, name = "answer-evaluated"),
    @JsonSubTypes.Type(value = InterviewEvent.Paused.class, name = "paused"),
    @JsonSubTypes.Type(value = InterviewEvent.Resumed.class, name = "resumed"),
    @JsonSubTypes.Type(value = InterviewEvent.Completed.class, name = "completed"),
    @JsonSubTypes.Type(value = InterviewEvent.Abandoned.class, name = "abandoned"),
    @JsonSubTypes.Type(value = InterviewEvent.ReportGenerated.class, name = "report-generated"),
    @JsonSubTypes.Type(value = InterviewEvent.ConsentRecorded.class, name = "consent-recorded")
})
public sealed interface InterviewEvent {

    /** The session was created with its plan: {@code -> IDLE}. */
    record SessionStarted(InterviewPlan plan, CandidateProfile profile) implements InterviewEvent {
        public SessionStarted {
            Objects.requireNonNull(plan, "plan");
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
}
