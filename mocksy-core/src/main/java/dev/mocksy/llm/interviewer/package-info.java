/**
 * The LLM-backed question generator, evaluator, report generator, profile extractor and hints: registry providers
 * that serve when a language model is chosen and fall back to the offline ones.
 */
package dev.mocksy.llm.interviewer;
