package dev.mocksy.llm;

/**
 * Tokens a call consumed.
 *
 * @param inputTokens tokens in the prompt
 * @param outputTokens tokens generated
 */
public record TokenUsage(int inputTokens, int outputTokens) {}
