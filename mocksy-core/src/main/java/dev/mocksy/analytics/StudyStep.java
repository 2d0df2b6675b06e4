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
}
