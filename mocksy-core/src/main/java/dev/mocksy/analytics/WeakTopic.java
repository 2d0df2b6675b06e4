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
}
