package dev.mocksy.question;

import java.util.Objects;

/**
 * A follow-up question and why it was chosen.
 *
 * @param question the follow-up, with the key points it probes
 * @param reason why it was asked, e.g. "missed: trade-offs of caching"
 */
public record FollowUp(Question question, String reason) {

    public FollowUp {
        Objects.requireNonNull(question, "question");
        reason = reason == null ? "" : reason;
    }
}
