package dev.mocksy.spi;

import dev.mocksy.llm.LanguageModel;

/** Creates {@link LanguageModel}s, the chat models behind providers' APIs. */
public interface LanguageModelProvider extends ProviderFactory<LanguageModel> {}
