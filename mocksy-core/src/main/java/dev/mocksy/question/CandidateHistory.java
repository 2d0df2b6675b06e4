package dev.mocksy.question;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a candidate has had before, for a new session to prefer other questions and aim at weak topics: so that a
 * retake is practice, not memory.
 *
 * @param candidateId whose history
 * @param askedQuestionIds every question id asked in the candidate's sessions, in the order first asked
 * @param weakTopics the candidate's weak topics, recurring ones first, then weakest (see {@link dev.mocksy.analytics.WeakTopic})
 */
public record CandidateHistory(String candidateId, Set<String> askedQuestionIds, List<String> weakTopics) {

    public CandidateHistory {
        Objects.requireNonNull(candidateId, "candidateId");
        askedQuestionIds = Collections.unmodifiableSet(new LinkedHashSet<>(askedQuestionIds));
        weakTopics = List.copyOf(weakTopics);
    }

    /** A candidate with no sessions. */
    public static CandidateHistory empty(String candidateId) {
        return new CandidateHistory(candidateId, Set.of(), List.of());
    }

    /** Whether the question was asked in an earlier session. */
    public boolean asked(String questionId) {
        return askedQuestionIds.contains(questionId);
    }
}
