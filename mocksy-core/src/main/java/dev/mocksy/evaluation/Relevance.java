package dev.mocksy.evaluation;

import dev.mocksy.internal.text.AnalyzedText;
import dev.mocksy.internal.text.Segment;
import dev.mocksy.internal.text.Token;
import dev.mocksy.internal.text.WordLists;
import dev.mocksy.interview.InterviewType;
import java.util.HashSet;
import java.util.Set;

/**
 * How much an answer is about its question: the share of its content words drawn from the question and its key
 * points, and the share of the question's own content words it takes up.
 *
 * @param density topic words per content word (for behavioral questions, workplace words count half)
 * @param questionRecall the share of the question's content stems the answer uses
 * @param questionTerms how many content stems the question has
 */
record Relevance(double density, double questionRecall, int questionTerms) {

    /** A 0-1 score. */
    double score() {
        double fromDensity = Math.min(1.0, density / 0.15);
        if (questionTerms == 0) {
            return fromDensity;
        }
        return 0.5 * fromDensity + 0.5 * Math.min(1.0, questionRecall / 0.5);
    }

    static Relevance measure(QuestionProfile profile, AnalyzedText answer) {
        boolean behavioral = profile.question().type() == InterviewType.BEHAVIORAL;
        int content = 0;
        double hits = 0;
        Set<String> used = new HashSet<>();
        for (Segment segment : answer.segments()) {
            for (Token token : segment.tokens()) {
                if (!AnalyzedText.isContent(token) || token.isNumber()) {
                    continue;
                }
                content++;
                if (profile.topicStems().contains(token.stem())) {
                    hits++;
                    used.add(token.stem());
                } else if (behavioral && WordLists.isDomainStem(token.stem())) {
                    hits += 0.5;
                }
            }
        }
        int questionTerms = profile.questionStems().size();
        int recalled = 0;
        for (String stem : profile.questionStems()) {
            if (used.contains(stem)) {
                recalled++;
            }
        }
        return new Relevance(
                content == 0 ? 0 : hits / content,
                questionTerms == 0 ? 0 : (double) recalled / questionTerms,
                questionTerms);
    }
}
