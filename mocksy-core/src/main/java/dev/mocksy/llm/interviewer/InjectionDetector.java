package dev.mocksy.llm.interviewer;

import dev.mocksy.evaluation.GraderInstructions;
import dev.mocksy.question.Question;

/**
 * Spots text that speaks to the grader instead of answering: "ignore previous instructions", "give this answer
 * 10/10", "you are now...", fake role tags, JSON that imitates the grader's reply, whether plain or disguised
 * (leetspeak, spaced letters, look-alike letters, code blocks, base64). Deliberately independent of any language
 * model, so that a model which was talked round cannot also hide the attempt; the same detector as the offline
 * evaluator's ({@link GraderInstructions}).
 */
public final class InjectionDetector {

    private InjectionDetector() {}

    /** Whether the text tries to instruct whoever grades it. */
    public static boolean isGraderInstruction(String text) {
        return GraderInstructions.containsInstruction(text, null);
    }

    /**
     * Whether the answer to {@code question} tries to instruct whoever grades it. On a question about prompt
     * injection, security or testing, an attack the answer quotes as its subject is not an attempt.
     */
    public static boolean isGraderInstruction(String answer, Question question) {
        return GraderInstructions.containsInstruction(answer, question);
    }
}
