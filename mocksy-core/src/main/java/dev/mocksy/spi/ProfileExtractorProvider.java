package dev.mocksy.spi;

import dev.mocksy.resume.ProfileExtractor;

/** Creates {@link ProfileExtractor}s that turn resumes into candidate profiles. */
public interface ProfileExtractorProvider extends ProviderFactory<ProfileExtractor> {}
