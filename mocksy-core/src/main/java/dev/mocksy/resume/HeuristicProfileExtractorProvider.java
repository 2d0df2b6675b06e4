package dev.mocksy.resume;

import com.google.auto.service.AutoService;
import dev.mocksy.spi.ProfileExtractorProvider;
import dev.mocksy.spi.ProviderConfig;
import dev.mocksy.spi.ProviderContext;

/** Offers {@link HeuristicProfileExtractor} as the offline {@code heuristic} profile extractor. */
@AutoService(ProfileExtractorProvider.class)
public final class HeuristicProfileExtractorProvider implements ProfileExtractorProvider {

    @Override
    public String id() {
        return "heuristic";
    }

    @Override
    public ProfileExtractor create(ProviderContext context) {
        ProviderConfig config = context.config();
        return new HeuristicProfileExtractor();
    }

    @Override
    public int priority() {
        return -100;
    }
}
