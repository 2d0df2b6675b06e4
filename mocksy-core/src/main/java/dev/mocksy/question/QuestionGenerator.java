package dev.mocksy.question;

import java.util.Optional;

/**
 * Chooses what the interviewer asks: main questions and follow-ups.
 *
 * <p>The session enforces the plan's limits (question count, follow-ups per question, time): a generator only
 * proposes. Implementations must be safe to call from several sessions at once.
 */
public interface QuestionGenerator {

    /**
     * The opening question; by default the same as {@link #nextQuestion} on an empty history. An LLM generator
     * overrides it to open with something personal from the profile.
     */
    default Optional<Question> firstQuestion(QuestionRequest request) {
        return nextQuestion(request);
    }

    /**
     * The next main question for the plan, different from every question in the history.
     *
     * @return empty when the generator has nothing suitable left; the session then completes early
     */
    Optional<Question> nextQuestion(QuestionRequest request);

    /**
     * A follow-up on the last answer in the thread (a missed key point, something the candidate mentioned), or
     * empty when the answer needs none.
     */
    Optional<FollowUp> followUp(FollowUpRequest request);

    /**
     * The question in other words, for a candidate who asked to hear it again ("could you rephrase that?"): same id,
     * key points and grading, new wording that gives nothing away. By default reworded from the question's own data
     * (see {@link Rephrasing}); a language-model generator asks its model.
     *
     * @param question the question to ask again
     * @param request what the candidate asked, verbatim (e.g. "sorry, what do you mean by sharding?"); may be blank
     */
    default Question rephrase(Question question, String request) {
        return Rephrasing.rephrase(question);
    }
}
