/**
 * The language model SPI ({@link dev.mocksy.llm.LanguageModel}): chat and streaming requests, structured output,
 * bring-your-own-key, and the per-session budget that drops a failing model.
 */
package dev.mocksy.llm;
