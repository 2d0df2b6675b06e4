package dev.mocksy.analytics;

import java.util.List;
import java.util.Objects;

/**
 * A topic the candidate scores low on, with the evidence: the answers' scores and the key points they missed.
 *
 * @param topic the topic, e.g. {@code "Kafka"} or {@code "conflict (behavioral)"}
 * @param meanScore the mean overall score of the answers on it, 0-10
 * @param answers how many evaluated answers were on it
 * @param sessions in how many sessions
 * @param recurring whether it was weak in more than one session
 * @param missedPoints the key points those answers missed, most often missed first
 * @param questionIds the questions asked on it
 */
public record WeakTopic(
        String topic,
        double meanScore,
        int answers,
        int sessions,
        boolean recurring,
        List<String> missedPoints,
        List<String> questionIds) {

    public WeakTopic {
        Objects.requireNonNull(topic, "topic");
        missedPoints = List.copyOf(missedPoints);
        questionIds = List.copyOf(questionIds);
    }

    /** A builder for {@link WeakTopic}; every field is checked when {@link Builder#build()} runs. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link WeakTopic}. */
    public static final class Builder {
        private String topic;
        private double meanScore;
        private int answers;
        private int sessions;
        private boolean recurring;
        private List<String> missedPoints = List.of();
        private List<String> questionIds = List.of();

        private Builder() {}

        private Builder(WeakTopic source) {
            topic = source.topic;
            meanScore = source.meanScore;
            answers = source.answers;
            sessions = source.sessions;
            recurring = source.recurring;
            missedPoints = source.missedPoints;
            questionIds = source.questionIds;
        }

        public Builder topic(String topic) {
            this.topic = topic;
            return this;
        }

        public Builder meanScore(double meanScore) {
            this.meanScore = meanScore;
            return this;
        }

        public Builder answers(int answers) {
            this.answers = answers;
            return this;
        }

        public Builder sessions(int sessions) {
            this.sessions = sessions;
            return this;
        }

        public Builder recurring(boolean recurring) {
            this.recurring = recurring;
            return this;
        }

        public Builder missedPoints(List<String> missedPoints) {
            this.missedPoints = missedPoints;
            return this;
        }

        public Builder questionIds(List<String> questionIds) {
            this.questionIds = questionIds;
            return this;
        }

        /**
         * Builds the value.
         *
         * @throws IllegalArgumentException or {@link NullPointerException} naming the field that is missing or
         *     out of range
         */
        public WeakTopic build() {
            return new WeakTopic(topic, meanScore, answers, sessions, recurring, missedPoints, questionIds);
        }
    }
}
