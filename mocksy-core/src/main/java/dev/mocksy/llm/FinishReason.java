package dev.mocksy.llm;

/** Why a language model stopped generating. */
public enum FinishReason {
    /** It finished its reply. */
    STOP,
    /** It reached a stop sequence. */
    STOP_SEQUENCE,
    /** It reached the maximum output tokens: the reply is truncated. */
    LENGTH,
    /** The caller cancelled the stream. */
    CANCELLED,
    /** Anything else the provider reported. */
    OTHER
}
