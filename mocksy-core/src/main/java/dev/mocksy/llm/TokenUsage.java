package dev.mocksy.llm;

/**
 * Tokens a call consumed.
 *
 * @param inputTokens tokens in the prompt
 * @param outputTokens tokens generated
 */
public record TokenUsage(int inputTokens, int outputTokens) {

    /** No tokens: what a provider reports when it reports nothing. */
    public static final TokenUsage NONE = new TokenUsage(0, 0);

    public TokenUsage {
        if (inputTokens < 0 || outputTokens < 0) {
            throw new IllegalArgumentException("token counts must not be negative");
        }
    }

    /** Input and output together. */
    public int totalTokens() {
        return inputTokens + outputTokens;
    }

    /** The sum of two calls' usage, e.g. a retry and the call it repeated. */
    public TokenUsage plus(TokenUsage other) {
        return new TokenUsage(inputTokens + other.inputTokens, outputTokens + other.outputTokens);
    }
}
