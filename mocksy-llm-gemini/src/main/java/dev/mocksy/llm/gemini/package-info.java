/** Google Gemini: LanguageModel over generateContent. */
package dev.mocksy.llm.gemini;
