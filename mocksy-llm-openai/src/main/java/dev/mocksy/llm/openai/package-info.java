/** OpenAI: LanguageModel over Chat Completions (and OpenAI-compatible servers) and TextToSpeech. */
package dev.mocksy.llm.openai;
