package dev.mocksy.interview;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * What an interview will be: validated once, immutable after.
 *
 * <pre>{@code
 * InterviewPlan plan = InterviewPlan.builder()
 *         .role(Role.BACKEND).type(InterviewType.TECHNICAL).level(Level.MID)
 *         .questionCount(5).technologies("Java", "PostgreSQL")
 *         .build();
 * }</pre>
 *
 * @param role the job family
 * @param type the kind of questions
 * @param level the seniority the questions are pitched at
 * @param difficulty the starting difficulty; it adapts to the running score
 * @param questionCount how many main questions (follow-ups not counted)
 * @param totalTimeLimit the whole interview's time budget, or {@code null} for none
 * @param questionTimeLimit the time to answer one question, or {@code null} for none
 * @param technologies what technical questions should focus on, possibly empty
 * @param companyStyle the interviewing style
 * @param mode when feedback is shown
 * @param maxFollowUps the most follow-ups asked on one main question
 * @param context who runs the interview; {@code null} (a journal written before the field existed) means
 *     {@link InterviewContext#PRACTICE}
 */
public record InterviewPlan(
        Role role,
        InterviewType type,
        Level level,
        Difficulty difficulty,
        int questionCount,
        Duration totalTimeLimit,
        Duration questionTimeLimit,
        List<String> technologies,
        CompanyStyle companyStyle,
        InterviewMode mode,
        int maxFollowUps,
        InterviewContext context) {

    /** The most main questions one interview may have. */
    public static final int MAX_QUESTIONS = 50;

    /** The most follow-ups on one main question. */
    public static final int MAX_FOLLOW_UPS = 3;

    /** The time budget assumed per main question when a plan is given as a duration. */
    public static final Duration TIME_PER_QUESTION = Duration.ofMinutes(5);

    @JsonCreator
    public InterviewPlan {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(difficulty, "difficulty");
        Objects.requireNonNull(companyStyle, "companyStyle");
        Objects.requireNonNull(mode, "mode");
        if (questionCount < 1 || questionCount > MAX_QUESTIONS) {
            throw new IllegalArgumentException(
                    "questionCount must be between 1 and " + MAX_QUESTIONS + ", got " + questionCount);
        }
        requirePositive(totalTimeLimit, "totalTimeLimit");
        requirePositive(questionTimeLimit, "questionTimeLimit");
        if (maxFollowUps < 0 || maxFollowUps > MAX_FOLLOW_UPS) {
            throw new IllegalArgumentException(
                    "maxFollowUps must be between 0 and " + MAX_FOLLOW_UPS + ", got " + maxFollowUps);
        }
        technologies = cleanTechnologies(technologies);
        // Plans journaled before the context existed have no such field: they were practice sessions.
        context = context == null ? InterviewContext.PRACTICE : context;
    }

    /** A builder with sensible defaults: general, mixed, mid level, medium, 5 questions, practice mode and context. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this plan's values. */
    public Builder toBuilder() {
        return new Builder()
                .role(role)
                .type(type)
                .level(level)
                .difficulty(difficulty)
                .questionCount(questionCount)
                .totalTimeLimit(totalTimeLimit)
                .questionTimeLimit(questionTimeLimit)
                .technologies(technologies)
                .companyStyle(companyStyle)
                .mode(mode)
                .maxFollowUps(maxFollowUps)
                .context(context);
    }

    private static void requirePositive(Duration duration, String field) {
        if (duration != null && (duration.isNegative() || duration.isZero())) {
            throw new IllegalArgumentException(field + " must be positive, got " + duration);
        }
    }

    private static List<String> cleanTechnologies(List<String> technologies) {
        if (technologies == null) {
            return List.of();
        }
        LinkedHashSet<String> cleaned = new LinkedHashSet<>();
        for (String technology : technologies) {
            if (technology == null || technology.isBlank()) {
                throw new IllegalArgumentException("technologies must not contain blank entries");
            }
            cleaned.add(technology.strip());
        }
        return List.copyOf(cleaned);
    }

    /** Builds an {@link InterviewPlan}; each setter accepts the value as a user would type it, too. */
    public static final class Builder {
        private Role role = Role.GENERAL;
        private InterviewType type = InterviewType.MIXED;
        private Level level = Level.MID;
        private Difficulty difficulty = Difficulty.MEDIUM;
        private Integer questionCount;
        private Duration duration;
        private Duration totalTimeLimit;
        private Duration questionTimeLimit;
        private boolean questionTimeLimitSet;
        private List<String> technologies = new ArrayList<>();
        private CompanyStyle companyStyle = CompanyStyle.NEUTRAL;
        private InterviewMode mode = InterviewMode.PRACTICE;
        private int maxFollowUps = 1;
        private InterviewContext context = InterviewContext.PRACTICE;

        private Builder() {}

        public Builder role(Role role) {
            this.role = Objects.requireNonNull(role, "role");
            return this;
        }

        public Builder role(String role) {
            return role(Role.parse(role));
        }

        public Builder type(InterviewType type) {
            this.type = Objects.requireNonNull(type, "type");
            return this;
        }

        public Builder type(String type) {
            return type(InterviewType.parse(type));
        }

        public Builder level(Level level) {
            this.level = Objects.requireNonNull(level, "level");
            return this;
        }

        public Builder level(String level) {
            return level(Level.parse(level));
        }

        public Builder difficulty(Difficulty difficulty) {
            this.difficulty = Objects.requireNonNull(difficulty, "difficulty");
            return this;
        }

        public Builder difficulty(String difficulty) {
            return difficulty(Difficulty.parse(difficulty));
        }

        /** The number of main questions; overrides the count derived from {@link #duration}. */
        public Builder questionCount(int questionCount) {
            this.questionCount = questionCount;
            return this;
        }

        /**
         * Plans the interview by time instead of count (e.g. 15, 30 or 45 minutes): the total time limit becomes
         * this duration and, unless set, the question count is one per {@link #TIME_PER_QUESTION}.
         */
        public Builder duration(Duration duration) {
            requirePositive(duration, "duration");
            this.duration = duration;
            return this;
        }

        /** The total time limit without changing the question count; {@code null} for none. */
        public Builder totalTimeLimit(Duration totalTimeLimit) {
            this.totalTimeLimit = totalTimeLimit;
            return this;
        }

        /** The time to answer one question; {@code null} for none. Default: 5 minutes, 15 for system design. */
        public Builder questionTimeLimit(Duration questionTimeLimit) {
            this.questionTimeLimit = questionTimeLimit;
            this.questionTimeLimitSet = true;
            return this;
        }

        public Builder technologies(List<String> technologies) {
            this.technologies = new ArrayList<>(Objects.requireNonNull(technologies, "technologies"));
            return this;
        }

        public Builder technologies(String... technologies) {
            return technologies(List.of(technologies));
        }

        public Builder companyStyle(CompanyStyle companyStyle) {
            this.companyStyle = Objects.requireNonNull(companyStyle, "companyStyle");
            return this;
        }

        public Builder companyStyle(String id) {
            return companyStyle(CompanyStyle.of(id));
        }

        public Builder mode(InterviewMode mode) {
            this.mode = Objects.requireNonNull(mode, "mode");
            return this;
        }

        public Builder mode(String mode) {
            return mode(InterviewMode.parse(mode));
        }

        public Builder maxFollowUps(int maxFollowUps) {
            this.maxFollowUps = maxFollowUps;
            return this;
        }

        /** Who runs the interview; default {@link InterviewContext#PRACTICE}. */
        public Builder context(InterviewContext context) {
            this.context = Objects.requireNonNull(context, "context");
            return this;
        }

        public Builder context(String context) {
            return context(InterviewContext.parse(context));
        }

        /**
         * Validates and builds the plan.
         *
         * @throws IllegalArgumentException naming the first invalid field
         */
        public InterviewPlan build() {
            int count = questionCount != null
                    ? questionCount
                    : duration != null ? (int) Math.max(1, duration.toMinutes() / TIME_PER_QUESTION.toMinutes()) : 5;
            Duration total = totalTimeLimit != null ? totalTimeLimit : duration;
            Duration perQuestion = questionTimeLimitSet
                    ? questionTimeLimit
                    : type == InterviewType.SYSTEM_DESIGN ? Duration.ofMinutes(15) : Duration.ofMinutes(5);
            return new InterviewPlan(
                    role,
                    type,
                    level,
                    difficulty,
                    count,
                    total,
                    perQuestion,
                    technologies,
                    companyStyle,
                    mode,
                    maxFollowUps,
                    context);
        }
    }
}
