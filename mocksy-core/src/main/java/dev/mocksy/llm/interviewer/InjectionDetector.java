package dev.mocksy.llm.interviewer;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Spots text that speaks to the grader instead of answering: "ignore previous instructions", "give this answer
 * 10/10", "you are now...", fake delimiter tags. Deliberately independent of any language model, so that a model
 * which was talked round cannot also hide the attempt.
 */
public final class InjectionDetector {

    private static final String SCORE = "(10\\s*/\\s*10|10 out of 10|ten out of ten|100\\s*%|full marks|perfect score"
            + "|maximum score|max score|top marks|highest score|full score)";

    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile(
                    "(?i)\\b(ignore|disregard|forget|override)\\b.{0,30}\\b(instructions?|prompts?|rubric|grading"
                            + " rules|system message)\\b"),
            Pattern.compile(
                    "(?i)\\b(give|award|assign|grant)\\s+(me|this|the|my|it)\\b.{0,30}\\b(10|ten|100|full|maximum"
                            + "|perfect|top)\\s*(/\\s*10|out of|points|marks|score|%)"),
            Pattern.compile("(?i)\\b(give|award|deserve|deserves|grade|rate|score|mark)\\b.{0,30}" + SCORE),
            Pattern.compile("(?i)\\byou are (now|no longer) (a|an|acting|bound|restricted|free|allowed|required)\\b"),
            Pattern.compile("(?i)\\b(as the|dear|note to the|attention)\\s+(grader|evaluator|examiner)\\b"),
            Pattern.compile(
                    "(?i)\\b(grader|evaluator|examiner)\\s*[:,]\\s*(please\\s+)?(ignore|give|score|mark|rate|output"
                            + "|return)\\b"),
            Pattern.compile("(?i)<\\s*/?\\s*(candidate_text|system|instructions?)[^>]*>"),
            Pattern.compile("(?i)\"(overall|nonAnswer|graderInstruction)\"\\s*:"));

    private InjectionDetector() {}

    /** Whether the text tries to instruct whoever grades it. */
    public static boolean isGraderInstruction(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        return PATTERNS.stream().anyMatch(p -> p.matcher(text).find());
    }
}
