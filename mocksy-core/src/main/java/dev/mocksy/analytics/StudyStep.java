package dev.mocksy.analytics;

import java.util.List;
import java.util.Objects;

/**
 * One step of a study plan: a weak topic, why it is in the plan, and what to read or practise.
 *
 * @param order its place in the plan, from 1
 * @param topic the topic
 * @param why the evidence, e.g. "mean 3.2/10 over 3 answers in 2 sessions"
 * @param actions what to do, in order
 */
public record StudyStep(int order, String topic, String why, List<String> actions) {

    public StudyStep {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(why, "why");
        actions = List.copyOf(actions);
    }

    /** A builder for {@link StudyStep}; every field is checked when {@link Builder#build()} runs. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link StudyStep}. */
    public static final class Builder {
        private int order;
        private String topic;
        private String why;
        private List<String> actions = List.of();

        private Builder() {}

        private Builder(StudyStep source) {
            order = source.order;
            topic = source.topic;
            why = source.why;
            actions = source.actions;
        }

        public Builder order(int order) {
            this.order = order;
            return this;
        }

        public Builder topic(String topic) {
            this.topic = topic;
            return this;
        }

        public Builder why(String why) {
            this.why = why;
            return this;
        }

        public Builder actions(List<String> actions) {
            this.actions = actions;
            return this;
        }

        /**
         * Builds the value.
         *
         * @throws IllegalArgumentException or {@link NullPointerException} naming the field that is missing or
         *     out of range
         */
        public StudyStep build() {
            return new StudyStep(order, topic, why, actions);
        }
    }
}
