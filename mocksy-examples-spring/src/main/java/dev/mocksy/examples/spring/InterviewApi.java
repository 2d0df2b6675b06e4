package dev.mocksy.examples.spring;

import dev.mocksy.evaluation.Evaluation;
import dev.mocksy.interview.InterviewSession;
import dev.mocksy.question.Question;
import java.util.List;

/** The JSON the interview API reads and writes. */
final class InterviewApi {

    private InterviewApi() {}

    /** What an interview is about; every field but {@code role} has a default. */
    record NewInterview(String role, String type, String level, Integer questions, List<String> technologies) {}

    /** An answer to the question being asked. */
    record AnswerRequest(String text) {}

    record QuestionView(String id, String text) {
        static QuestionView of(Question question) {
            return question == null ? null : new QuestionView(question.id(), question.text());
        }
    }

    record InterviewView(String id, String state, QuestionView question) {
        static InterviewView of(InterviewSession session, Question question) {
            return new InterviewView(session.id(), session.state().name(), QuestionView.of(question));
        }
    }

    record Feedback(double overall, String suggestion, List<String> covered, List<String> missed, String method) {
        static Feedback of(Evaluation evaluation) {
            return new Feedback(
                    evaluation.overall(),
                    evaluation.suggestion(),
                    evaluation.covered(),
                    evaluation.missed(),
                    evaluation.method());
        }
    }

    /** The verdict on an answer and what comes next: a follow-up, the next question, or nothing when it is over. */
    record AnswerView(Feedback feedback, QuestionView next, boolean completed) {}

    /** A failure the client can act on. */
    record Problem(int status, String error, String message) {}
}
