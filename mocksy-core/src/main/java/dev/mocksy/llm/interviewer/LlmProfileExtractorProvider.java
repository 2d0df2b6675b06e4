package dev.mocksy.llm.interviewer;

import com.google.auto.service.AutoService;
import dev.mocksy.spi.Capability;
import dev.mocksy.spi.ProfileExtractorProvider;

/** Provides profiles refined by the language model from the offline profile, when a language model is chosen. */
@AutoService(ProfileExtractorProvider.class)
public final class LlmProfileExtractorProvider extends LanguageModelBackedProvider<dev.mocksy.resume.ProfileExtractor>
        implements ProfileExtractorProvider {

    public LlmProfileExtractorProvider() {
        super(Capability.PROFILE_EXTRACTOR, LlmProfileExtractor::new);
    }
}
