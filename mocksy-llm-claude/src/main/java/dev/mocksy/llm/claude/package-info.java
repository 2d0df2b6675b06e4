/** Anthropic Claude: LanguageModel over the Messages API. */
package dev.mocksy.llm.claude;
