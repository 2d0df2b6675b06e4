package dev.mocksy.evaluation;

import dev.mocksy.internal.text.AnalyzedText;
import dev.mocksy.internal.text.Segment;
import dev.mocksy.interview.InterviewType;
import dev.mocksy.question.Question;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** Picks the one change that would most improve an answer, and says it concretely. */
final class Suggestions {

    /** Everything the choice depends on. */
    record Context(
            Question question,
            KeyPointCoverage coverage,
            Set<AnswerFlag> flags,
            Optional<NonAnswerDetector.Verdict> verdict,
            Specificity specificity,
            Depth depth,
            Clarity clarity,
            StarStructure star,
            boolean adHoc,
            AnalyzedText answer,
            Contradictions contradictions) {}

    private Suggestions() {}

    static String suggest(Context c) {
        String prefix = c.adHoc()
                ? "No key points were available for this question, so it was judged on relevance, structure and"
                        + " specificity. "
                : "";
        if (c.flags().contains(AnswerFlag.TIMED_OUT)) {
            prefix += "Time ran out: lead with your main point so it is captured. ";
        }
        return prefix + advice(c);
    }

    private static String advice(Context c) {
        String firstMissed = c.coverage().missed().isEmpty()
                ? null
                : c.coverage().missed().get(0).keyPoint().point();
        String startFrom = firstMissed == null ? "" : " Start from: " + firstMissed + ".";
        if (c.flags().contains(AnswerFlag.GRADER_INSTRUCTION)) {
            return "Leave the scoring to the grader: instructions to it are ignored and cap the score at 2/10."
                    + " Spend those words on the answer." + startFrom;
        }
        if (c.verdict().isEmpty() && !c.contradictions().findings().isEmpty()) {
            Contradictions.Finding first = c.contradictions().findings().get(0);
            return "Check your facts: \"" + first.segment().text().strip() + "\" is not right. In fact: "
                    + first.correct() + ".";
        }
        if (c.verdict().isPresent()) {
            switch (c.verdict().get().flag()) {
                case TOO_SHORT:
                    return "Say more than a word or two: give a direct answer, then one reason or example." + startFrom;
                case NO_KNOWLEDGE:
                    return "When you don't know, reason aloud from what you do know, or say how you would find out."
                            + startFrom;
                case DEFLECTION:
                    return "Try a partial answer before moving on; a first step earns credit." + startFrom;
                case ECHO:
                    return "Answer the question instead of restating it." + startFrom;
                case OFF_TOPIC:
                    return "Answer the question that was asked: \""
                            + c.question().text() + "\"" + startFrom;
                case GIBBERISH:
                    return "Write the answer in words and sentences the interviewer can follow." + startFrom;
                case KEYWORD_LIST:
                    return "Explain the terms in sentences: what each one does and why it matters here." + startFrom;
                case GENERIC:
                    return "Answer this question, not questions in general: say something only true of it." + startFrom;
                default:
                    break;
            }
        }
        if (c.flags().contains(AnswerFlag.NOT_ENGLISH)) {
            return "The offline evaluator reads English only: answer in English, or configure an LLM evaluator.";
        }
        int proseWords = 0;
        boolean code = false;
        for (Segment segment : c.answer().segments()) {
            code |= segment.code();
            if (segment.prose()) {
                proseWords += segment.size();
            }
        }
        if (code && proseWords < 15) {
            return "Explain the code in a sentence or two: what it does, and why you wrote it that way.";
        }
        if (c.clarity().fillerDensity() >= 0.06) {
            return "Cut the filler words (" + String.join(", ", distinct(c.clarity())) + "): pause instead.";
        }
        StarStructure star = c.star();
        if (c.question().type() == InterviewType.BEHAVIORAL && star != null) {
            if (star.generic() * 2 >= Math.max(1, star.sentences())) {
                return "Tell one real story instead of describing yourself in general: when it was, what you did,"
                        + " and what happened.";
            }
            if (star.actions() < 2) {
                return "Say what you did yourself: use \"I\" and concrete past-tense actions (\"I proposed...\","
                        + " \"I wrote...\").";
            }
            if (!star.measuredResult()) {
                return "State the result with a number: what changed, by how much, and by when.";
            }
        }
        if (firstMissed != null && c.coverage().ratio() < 1) {
            return "Cover the most important missed point: " + firstMissed + ".";
        }
        if (c.depth().explanationScore() < 0.5) {
            return "Explain why, not just what: give the reason (\"because...\") and the trade-off you accept.";
        }
        if (c.specificity().score() < 0.4) {
            return "Make it concrete: a number, a named technology, or an example from your own work.";
        }
        return "Strong answer. To go further, name the main trade-off and what you would measure to check it.";
    }

    private static Set<String> distinct(Clarity clarity) {
        Set<String> distinct = new LinkedHashSet<>();
        for (String filler : clarity.fillers()) {
            distinct.add(filler.toLowerCase(java.util.Locale.ROOT));
            if (distinct.size() == 4) {
                break;
            }
        }
        return distinct;
    }
}
