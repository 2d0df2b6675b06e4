package dev.mocksy.internal.journal;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.mocksy.evaluation.Evaluation;
import dev.mocksy.interview.Answer;
import dev.mocksy.interview.InterviewEvent;
import dev.mocksy.interview.InterviewPlan;
import dev.mocksy.question.Question;
import dev.mocksy.report.InterviewReport;
import dev.mocksy.resume.CandidateProfile;
import dev.mocksy.vision.FrameObservation;

/**
 * The journal's record of one event, as written: a {@code type} name that never changes meaning, and the event's
 * fields. The values inside (plan, question, answer, evaluation, report...) are written as their JSON documents;
 * a change to their shape is read back by an {@link Upcaster} step.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = EventRecord.SessionStarted.class, name = "session-started"),
    @JsonSubTypes.Type(value = EventRecord.QuestionAsked.class, name = "question-asked"),
    @JsonSubTypes.Type(value = EventRecord.FollowUpChosen.class, name = "follow-up-chosen"),
    @JsonSubTypes.Type(value = EventRecord.ListeningStarted.class, name = "listening-started"),
    @JsonSubTypes.Type(value = EventRecord.AnswerReceived.class, name = "answer-received"),
    @JsonSubTypes.Type(value = EventRecord.AnswerEvaluated.class, name = "answer-evaluated"),
    @JsonSubTypes.Type(value = EventRecord.Paused.class, name = "paused"),
    @JsonSubTypes.Type(value = EventRecord.Resumed.class, name = "resumed"),
    @JsonSubTypes.Type(value = EventRecord.Completed.class, name = "completed"),
    @JsonSubTypes.Type(value = EventRecord.Abandoned.class, name = "abandoned"),
    @JsonSubTypes.Type(value = EventRecord.ReportGenerated.class, name = "report-generated"),
    @JsonSubTypes.Type(value = EventRecord.ConsentRecorded.class, name = "consent-recorded"),
    @JsonSubTypes.Type(value = EventRecord.QuestionRepeated.class, name = "question-repeated"),
    @JsonSubTypes.Type(value = EventRecord.Reopened.class, name = "reopened"),
    @JsonSubTypes.Type(value = EventRecord.FrameObserved.class, name = "frame-observed"),
    @JsonSubTypes.Type(value = EventRecord.LanguageModelDropped.class, name = "language-model-dropped"),
    @JsonSubTypes.Type(value = EventRecord.NoteAdded.class, name = "note-added"),
    @JsonSubTypes.Type(value = EventRecord.BookmarkSet.class, name = "bookmark-set"),
    @JsonSubTypes.Type(value = EventRecord.RecordingKept.class, name = "recording-kept"),
})
sealed interface EventRecord {

    /** The domain event this record stands for. */
    InterviewEvent toEvent();

    /** The record of a domain event. */
    static EventRecord of(InterviewEvent event) {
        if (event instanceof InterviewEvent.SessionStarted e) {
            return new SessionStarted(e.plan(), e.profile(), e.candidateId());
        } else if (event instanceof InterviewEvent.QuestionAsked e) {
            return new QuestionAsked(e.question(), e.number());
        } else if (event instanceof InterviewEvent.FollowUpChosen e) {
            return new FollowUpChosen(e.question(), e.parentQuestionId(), e.reason());
        } else if (event instanceof InterviewEvent.ListeningStarted e) {
            return new ListeningStarted(e.questionId());
        } else if (event instanceof InterviewEvent.AnswerReceived e) {
            return new AnswerReceived(e.questionId(), e.answer());
        } else if (event instanceof InterviewEvent.AnswerEvaluated e) {
            return new AnswerEvaluated(e.questionId(), e.evaluation());
        } else if (event instanceof InterviewEvent.Paused) {
            return new Paused();
        } else if (event instanceof InterviewEvent.Resumed) {
            return new Resumed();
        } else if (event instanceof InterviewEvent.Completed e) {
            return new Completed(e.reason());
        } else if (event instanceof InterviewEvent.Abandoned e) {
            return new Abandoned(e.reason());
        } else if (event instanceof InterviewEvent.ReportGenerated e) {
            return new ReportGenerated(e.report());
        } else if (event instanceof InterviewEvent.ConsentRecorded e) {
            return new ConsentRecorded(e.capability(), e.granted(), e.statement());
        } else if (event instanceof InterviewEvent.QuestionRepeated e) {
            return new QuestionRepeated(e.questionId(), e.reason(), e.question());
        } else if (event instanceof InterviewEvent.Reopened) {
            return new Reopened();
        } else if (event instanceof InterviewEvent.FrameObserved e) {
            return new FrameObserved(e.questionId(), e.observation());
        } else if (event instanceof InterviewEvent.LanguageModelDropped e) {
            return new LanguageModelDropped(e.reason());
        } else if (event instanceof InterviewEvent.NoteAdded e) {
            return new NoteAdded(e.questionId(), e.text());
        } else if (event instanceof InterviewEvent.BookmarkSet e) {
            return new BookmarkSet(e.questionId(), e.bookmarked());
        } else if (event instanceof InterviewEvent.RecordingKept e) {
            return new RecordingKept(e.questionId(), e.recordingId(), e.mediaType());
        }
        throw new IllegalArgumentException(
                "no journal record for " + event.getClass().getName());
    }

    /** {@code candidateId} is absent in lines written before sessions had owners: the local candidate's. */
    record SessionStarted(InterviewPlan plan, CandidateProfile profile, String candidateId) implements EventRecord {
        public InterviewEvent toEvent() {
            return new InterviewEvent.SessionStarted(plan, profile, candidateId);
        }
    }

    record QuestionAsked(Question question, int number) implements EventRecord {
        public InterviewEvent toEvent() {
            return new InterviewEvent.QuestionAsked(question, number);
        }
    }

    record FollowUpChosen(Question question, String parentQuestionId, String reason) implements EventRecord {
        public InterviewEvent toEvent() {
            return new InterviewEvent.FollowUpChosen(question, parentQuestionId, reason);
        }
    }

    record ListeningStarted(String questionId) implements EventRecord {
        public InterviewEvent toEvent() {
            return new InterviewEvent.ListeningStarted(questionId);
        }
    }

    record AnswerReceived(String questionId, Answer answer) implements EventRecord {
        public InterviewEvent toEvent() {
            return new InterviewEvent.AnswerReceived(questionId, answer);
        }
    }

    record AnswerEvaluated(String questionId, Evaluation evaluation) implements EventRecord {
        public InterviewEvent toEvent() {
            return new InterviewEvent.AnswerEvaluated(questionId, evaluation);
        }
    }

    record Paused() implements EventRecord {
        public InterviewEvent toEvent() {
            return new InterviewEvent.Paused();
        }
    }

    record Resumed() implements EventRecord {
        public InterviewEvent toEvent() {
            return new InterviewEvent.Resumed();
        }
    }

    record Completed(String reason) implements EventRecord {
        public InterviewEvent toEvent() {
            return new InterviewEvent.Completed(reason);
        }
    }

    record Abandoned(String reason) implements EventRecord {
        public InterviewEvent toEvent() {
            return new InterviewEvent.Abandoned(reason);
        }
    }

    record ReportGenerated(InterviewReport report) implements EventRecord {
        public InterviewEvent toEvent() {
            return new InterviewEvent.ReportGenerated(report);
        }
    }

    record ConsentRecorded(String capability, boolean granted, String statement) implements EventRecord {
        public InterviewEvent toEvent() {
            return new InterviewEvent.ConsentRecorded(capability, granted, statement);
        }
    }

    record QuestionRepeated(String questionId, String reason, Question question) implements EventRecord {
        public InterviewEvent toEvent() {
            return new InterviewEvent.QuestionRepeated(questionId, reason, question);
        }
    }

    record Reopened() implements EventRecord {
        public InterviewEvent toEvent() {
            return new InterviewEvent.Reopened();
        }
    }

    record FrameObserved(String questionId, FrameObservation observation) implements EventRecord {
        public InterviewEvent toEvent() {
            return new InterviewEvent.FrameObserved(questionId, observation);
        }
    }

    record LanguageModelDropped(String reason) implements EventRecord {
        public InterviewEvent toEvent() {
            return new InterviewEvent.LanguageModelDropped(reason);
        }
    }

    record NoteAdded(String questionId, String text) implements EventRecord {
        public InterviewEvent toEvent() {
            return new InterviewEvent.NoteAdded(questionId, text);
        }
    }

    record BookmarkSet(String questionId, boolean bookmarked) implements EventRecord {
        public InterviewEvent toEvent() {
            return new InterviewEvent.BookmarkSet(questionId, bookmarked);
        }
    }

    record RecordingKept(String questionId, String recordingId, String mediaType) implements EventRecord {
        public InterviewEvent toEvent() {
            return new InterviewEvent.RecordingKept(questionId, recordingId, mediaType);
        }
    }
}
