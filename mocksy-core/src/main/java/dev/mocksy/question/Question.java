package dev.mocksy.question;

import dev.mocksy.interview.Difficulty;
import dev.mocksy.interview.InterviewType;
import dev.mocksy.interview.Level;
import dev.mocksy.interview.Role;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A question with what a strong answer covers, and what a wrong one says.
 *
 * <pre>{@code
 * Question q = Question.builder()
 *         .id("go-goroutines").text("How do goroutines differ from OS threads?")
 *         .type(InterviewType.TECHNICAL).keyPoints(List.of(new KeyPoint("...", List.of("..."))))
 *         .build();
 * }</pre>
 *
 * @param id a stable id, unique in its bank, e.g. {@code "be-sql-index-01"}
 * @param text the question as asked
 * @param type behavioral, technical or system design (never mixed)
 * @param roles the roles it suits; empty means any
 * @param levels the levels it suits; empty means any
 * @param difficulty how hard it is
 * @param technologies the technologies it is about, possibly empty
 * @param companies the company style ids it is typical of; empty means any
 * @param keyPoints what a strong answer covers
 * @param followUps follow-ups to dig deeper, each with its own key points, in the order an interviewer would use them
 * @param modelAnswer the outline of a strong answer, one line per step
 * @param misconceptions common wrong beliefs about the subject, each caught as evidence against an answer
 * @param referenceAnswer a strong answer in prose, or {@code null}; shown beside the candidate's answer
 */
public record Question(
        String id,
        String text,
        InterviewType type,
        Set<Role> roles,
        Set<Level> levels,
        Difficulty difficulty,
        List<String> technologies,
        List<String> companies,
        List<KeyPoint> keyPoints,
        List<FollowUpPrompt> followUps,
        List<String> modelAnswer,
        List<Misconception> misconceptions,
        String referenceAnswer) {

    public Question {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("question id must not be blank");
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("question " + id + ": text must not be blank");
        }
        Objects.requireNonNull(type, "type");
        if (type == InterviewType.MIXED) {
            throw new IllegalArgumentException(
                    "question " + id + ": type must be behavioral, technical or system design");
        }
        Objects.requireNonNull(difficulty, "difficulty");
        roles = Set.copyOf(roles == null ? Set.of() : roles);
        levels = Set.copyOf(levels == null ? Set.of() : levels);
        technologies = List.copyOf(technologies == null ? List.of() : technologies);
        companies = List.copyOf(companies == null ? List.of() : companies);
        keyPoints = List.copyOf(keyPoints == null ? List.of() : keyPoints);
        followUps = List.copyOf(followUps == null ? List.of() : followUps);
        modelAnswer = List.copyOf(modelAnswer == null ? List.of() : modelAnswer);
        misconceptions = List.copyOf(misconceptions == null ? List.of() : misconceptions);
        referenceAnswer = referenceAnswer == null || referenceAnswer.isBlank() ? null : referenceAnswer.strip();
    }

    /** A question with only its text, for ad-hoc evaluation of a question that is not in a bank. */
    public static Question adHoc(String text, InterviewType type) {
        return builder()
                .id("adhoc-" + Integer.toHexString(text.strip().hashCode()))
                .text(text.strip())
                .type(type)
                .build();
    }

    /**
     * An ad-hoc question graded against a reference answer: the reference is turned into key points (see
     * {@link ReferenceKeyPoints}) and shown as the model answer.
     *
     * @throws IllegalArgumentException when the reference is blank
     */
    public static Question withReference(String text, InterviewType type, String referenceAnswer) {
        if (referenceAnswer == null || referenceAnswer.isBlank()) {
            throw new IllegalArgumentException("the reference answer must not be blank");
        }
        return adHoc(text, type).toBuilder()
                .id("ref-" + Integer.toHexString((text.strip() + "\n" + referenceAnswer.strip()).hashCode()))
                .keyPoints(ReferenceKeyPoints.from(referenceAnswer, text))
                .referenceAnswer(referenceAnswer)
                .build();
    }

    /** The follow-up texts, in order. */
    public List<String> followUpTexts() {
        return followUps.stream().map(FollowUpPrompt::text).toList();
    }

    /** A builder with every field of this question. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** A builder for a question; id, text and type are required, difficulty defaults to medium. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Question}. */
    public static final class Builder {
        private String id;
        private String text;
        private InterviewType type;
        private Set<Role> roles = Set.of();
        private Set<Level> levels = Set.of();
        private Difficulty difficulty = Difficulty.MEDIUM;
        private List<String> technologies = List.of();
        private List<String> companies = List.of();
        private List<KeyPoint> keyPoints = List.of();
        private List<FollowUpPrompt> followUps = List.of();
        private List<String> modelAnswer = List.of();
        private List<Misconception> misconceptions = List.of();
        private String referenceAnswer;

        private Builder() {}

        private Builder(Question q) {
            id = q.id;
            text = q.text;
            type = q.type;
            roles = q.roles;
            levels = q.levels;
            difficulty = q.difficulty;
            technologies = q.technologies;
            companies = q.companies;
            keyPoints = q.keyPoints;
            followUps = q.followUps;
            modelAnswer = q.modelAnswer;
            misconceptions = q.misconceptions;
            referenceAnswer = q.referenceAnswer;
        }

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder text(String text) {
            this.text = text;
            return this;
        }

        public Builder type(InterviewType type) {
            this.type = type;
            return this;
        }

        public Builder roles(Set<Role> roles) {
            this.roles = roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
            return this;
        }

        public Builder levels(Set<Level> levels) {
            this.levels = levels.isEmpty() ? Set.of() : EnumSet.copyOf(levels);
            return this;
        }

        public Builder difficulty(Difficulty difficulty) {
            this.difficulty = difficulty;
            return this;
        }

        public Builder technologies(List<String> technologies) {
            this.technologies = technologies;
            return this;
        }

        public Builder companies(List<String> companies) {
            this.companies = companies;
            return this;
        }

        public Builder keyPoints(List<KeyPoint> keyPoints) {
            this.keyPoints = keyPoints;
            return this;
        }

        public Builder followUps(List<FollowUpPrompt> followUps) {
            this.followUps = followUps;
            return this;
        }

        public Builder modelAnswer(List<String> modelAnswer) {
            this.modelAnswer = modelAnswer;
            return this;
        }

        public Builder misconceptions(List<Misconception> misconceptions) {
            this.misconceptions = misconceptions;
            return this;
        }

        public Builder referenceAnswer(String referenceAnswer) {
            this.referenceAnswer = referenceAnswer;
            return this;
        }

        /**
         * Builds the question.
         *
         * @throws IllegalArgumentException when the id or text is blank or the type is mixed or missing
         */
        public Question build() {
            if (type == null) {
                throw new IllegalArgumentException("question " + id + ": type must be set");
            }
            List<String> outline = modelAnswer;
            if (outline.isEmpty() && referenceAnswer != null && !referenceAnswer.isBlank()) {
                outline = new ArrayList<>(List.of(referenceAnswer.strip()));
            }
            return new Question(
                    id,
                    text,
                    type,
                    roles,
                    levels,
                    difficulty,
                    technologies,
                    companies,
                    keyPoints,
                    followUps,
                    outline,
                    misconceptions,
                    referenceAnswer);
        }
    }
}
