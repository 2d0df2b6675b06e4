package dev.mocksy.vision;

import java.util.Objects;

/**
 * What was seen while the candidate answered one question.
 *
 * @param questionId the question answered
 * @param summary the frames observed during the answer
 */
public record AnswerVision(String questionId, VisionSummary summary) {

    public AnswerVision {
        if (questionId == null || questionId.isBlank()) {
            throw new IllegalArgumentException("questionId must not be blank");
        }
        Objects.requireNonNull(summary, "summary");
    }
}
