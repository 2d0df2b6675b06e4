package dev.mocksy.question;

import dev.mocksy.interview.Difficulty;
import dev.mocksy.interview.InterviewPlan;
import dev.mocksy.interview.Turn;
import dev.mocksy.resume.CandidateProfile;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a {@link QuestionGenerator} knows when it picks the next main question.
 *
 * @param plan the interview plan
 * @param profile the candidate's profile, or {@code null} when no resume was given
 * @param history every turn so far, oldest first
 * @param targetDifficulty the difficulty to aim at, adapted to the running score
 * @param previousQuestionIds the ids of questions the candidate was asked in earlier sessions; generators prefer
 *     questions not among them
 * @param weakTopics topics the candidate scored low on in earlier sessions (technologies or key-point words, e.g.
 *     {@code "kafka"}, {@code "indexes"}); generators prefer questions about them
 */
public record QuestionRequest(
        InterviewPlan plan,
        CandidateProfile profile,
        List<Turn> history,
        Difficulty targetDifficulty,
        Set<String> previousQuestionIds,
        List<String> weakTopics) {

    public QuestionRequest {
        Objects.requireNonNull(plan, "plan");
        history = List.copyOf(history == null ? List.of() : history);
        targetDifficulty = targetDifficulty == null ? plan.difficulty() : targetDifficulty;
        previousQuestionIds = Set.copyOf(previousQuestionIds == null ? Set.of() : previousQuestionIds);
        weakTopics = List.copyOf(weakTopics == null ? List.of() : weakTopics);
    }

    /** The same request with what the candidate had in earlier sessions. */
    public QuestionRequest withEarlierSessions(Set<String> questionIds, List<String> topics) {
        return new QuestionRequest(plan, profile, history, targetDifficulty, questionIds, topics);
    }

    /** The number of main questions asked so far. */
    public int mainQuestionsAsked() {
        return (int) history.stream().filter(turn -> !turn.isFollowUp()).count();
    }

    /** A builder for {@link QuestionRequest}; every field is checked when {@link Builder#build()} runs. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link QuestionRequest}. */
    public static final class Builder {
        private InterviewPlan plan;
        private CandidateProfile profile;
        private List<Turn> history = List.of();
        private Difficulty targetDifficulty;
        private Set<String> previousQuestionIds = Set.of();
        private List<String> weakTopics = List.of();

        private Builder() {}

        private Builder(QuestionRequest source) {
            plan = source.plan;
            profile = source.profile;
            history = source.history;
            targetDifficulty = source.targetDifficulty;
            previousQuestionIds = source.previousQuestionIds;
            weakTopics = source.weakTopics;
        }

        public Builder plan(InterviewPlan plan) {
            this.plan = plan;
            return this;
        }

        public Builder profile(CandidateProfile profile) {
            this.profile = profile;
            return this;
        }

        public Builder history(List<Turn> history) {
            this.history = history;
            return this;
        }

        public Builder targetDifficulty(Difficulty targetDifficulty) {
            this.targetDifficulty = targetDifficulty;
            return this;
        }

        public Builder previousQuestionIds(Set<String> previousQuestionIds) {
            this.previousQuestionIds = previousQuestionIds;
            return this;
        }

        public Builder weakTopics(List<String> weakTopics) {
            this.weakTopics = weakTopics;
            return this;
        }

        /**
         * Builds the value.
         *
         * @throws IllegalArgumentException or {@link NullPointerException} naming the field that is missing or
         *     out of range
         */
        public QuestionRequest build() {
            return new QuestionRequest(plan, profile, history, targetDifficulty, previousQuestionIds, weakTopics);
        }
    }
}
