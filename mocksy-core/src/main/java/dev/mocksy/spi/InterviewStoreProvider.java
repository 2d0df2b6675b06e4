package dev.mocksy.spi;

import dev.mocksy.store.InterviewStore;

/** Creates {@link InterviewStore}s, which keep interview journals. */
public interface InterviewStoreProvider extends ProviderFactory<InterviewStore> {}
