package dev.mocksy.speech;

import com.google.auto.service.AutoService;
import dev.mocksy.spi.DeliveryAnalyzerProvider;
import dev.mocksy.spi.ProviderConfig;
import dev.mocksy.spi.ProviderContext;

/** Finds the offline {@link AcousticDeliveryAnalyzer}: id {@code acoustic}; any other analyzer takes precedence. */
@AutoService(DeliveryAnalyzerProvider.class)
public final class AcousticDeliveryAnalyzerProvider implements DeliveryAnalyzerProvider {

    @Override
    public String id() {
        return "acoustic";
    }

    @Override
    public DeliveryAnalyzer create(ProviderContext context) {
        ProviderConfig config = context.config();
        return new AcousticDeliveryAnalyzer();
    }

    @Override
    public int priority() {
        return -10;
    }
}
