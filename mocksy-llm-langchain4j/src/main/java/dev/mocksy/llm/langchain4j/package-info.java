/**
 * Any LangChain4j {@code ChatModel} or {@code StreamingChatModel} as a Mocksy
 * {@link dev.mocksy.llm.LanguageModel}: {@link dev.mocksy.llm.langchain4j.LangChain4jLanguageModel}.
 */
package dev.mocksy.llm.langchain4j;
