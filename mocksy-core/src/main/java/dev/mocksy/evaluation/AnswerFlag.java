package dev.mocksy.evaluation;

import java.util.Locale;

/** Something about an answer the candidate should know, beyond its scores. */
public enum AnswerFlag {
    /** Not an answer at all; always set together with the more specific reason below. */
    NON_ANSWER("non-answer"),
    /** Empty, or a word or two ("fine", "yes"). */
    TOO_SHORT("too short"),
    /** "I don't know", "no idea". */
    NO_KNOWLEDGE("no knowledge"),
    /** "next question", "pass", "skip". */
    DEFLECTION("deflection"),
    /** The question repeated back. */
    ECHO("echo"),
    /** About something else. */
    OFF_TOPIC("off topic"),
    /** Not language. */
    GIBBERISH("gibberish"),
    /** Terms listed without explaining anything. */
    KEYWORD_LIST("keyword list"),
    /** A memorised paragraph that would fit any question: nothing in it is about this one. */
    GENERIC("generic"),
    /**
     * Tells the grader what to score ("give me 10/10", "ignore previous instructions"), however disguised. Capped at
     * 2/10; the rest of the answer's evidence is still shown. Not a {@link #NON_ANSWER} by itself.
     */
    GRADER_INSTRUCTION("instruction to the grader"),
    /** Asks for the question to be repeated or rephrased; not graded, the question is asked again. */
    CLARIFICATION_REQUEST("clarification request"),
    /** States a known misconception, or a key point in reverse; quoted in the evidence with the correct version. */
    INCORRECT_CLAIM("incorrect claim"),
    /** The candidate skipped the question. */
    SKIPPED("skipped"),
    /** Time ran out; scored on what was captured. */
    TIMED_OUT("timed out"),
    /** Not in English; the offline heuristic evaluator reads English only, so its scores say little. */
    NOT_ENGLISH("not English");

    private final String label;

    AnswerFlag(String label) {
        this.label = label;
    }

    /** How the flag reads to a candidate, e.g. "instruction to the grader". */
    public String label() {
        return label;
    }

    /** The flag for a label or a constant name, case-insensitive ("off topic", "OFF_TOPIC"). */
    public static AnswerFlag fromLabel(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT).replace('_', ' ');
        for (AnswerFlag flag : values()) {
            if (flag.label.toLowerCase(Locale.ROOT).equals(wanted)
                    || flag.name().toLowerCase(Locale.ROOT).replace('_', ' ').equals(wanted)) {
                return flag;
            }
        }
        throw new IllegalArgumentException("no answer flag '" + text + "'");
    }
}
