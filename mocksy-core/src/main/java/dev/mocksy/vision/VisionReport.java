package dev.mocksy.vision;

import java.util.List;
import java.util.Objects;

/**
 * Visual observations of a whole session: the session summary, one summary per answer, and the policy in force.
 *
 * @param policy whether analysis was allowed and the consent recorded
 * @param session every frame of the session
 * @param answers one entry per answered question, in the order answered
 */
public record VisionReport(VisionPolicy policy, VisionSummary session, List<AnswerVision> answers) {

    public VisionReport {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(session, "session");
        answers = List.copyOf(Objects.requireNonNull(answers, "answers"));
    }
}
