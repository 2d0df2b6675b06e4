/**
 * Prompt templates, untrusted-text fencing and structured calls with repair, shared by the LLM-backed providers.
 *
 * <p><b>Unsupported:</b> internal to Mocksy; may change in any release without notice.
 */
package dev.mocksy.internal.llm;
