package dev.mocksy.evaluation;

/** Something about an answer the candidate should know, beyond its scores. */
public enum AnswerFlag {
    /** Not an answer at all; always set together with the more specific reason below. */
    NON_ANSWER,
    /** Empty, or a word or two ("fine", "yes"). */
    TOO_SHORT,
    /** "I don't know", "no idea". */
    NO_KNOWLEDGE,
    /** "next question", "pass", "skip". */
    DEFLECTION,
    /** The question repeated back. */
    ECHO,
    /** About something else. */
    OFF_TOPIC,
    /** Not language. */
    GIBBERISH,
    /** Terms listed without explaining anything. */
    KEYWORD_LIST,
    /** Tells the grader what to score ("give me 10/10", "ignore previous instructions"). */
    GRADER_INSTRUCTION,
    /** The candidate skipped the question. */
    SKIPPED,
    /** Time ran out; scored on what was captured. */
    TIMED_OUT,
    /** Not in English; the offline heuristic evaluator reads English only, so its scores say little. */
    NOT_ENGLISH
}
