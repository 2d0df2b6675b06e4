package dev.mocksy.speech;

import com.google.auto.service.AutoService;
import dev.mocksy.spi.DeliveryAnalyzerProvider;
import dev.mocksy.spi.ProviderConfig;

/** Finds the offline {@link AcousticDeliveryAnalyzer}: id {@code acoustic}; any other analyzer takes precedence. */
@AutoService(DeliveryAnalyzerProvider.class)
public final class AcousticDeliveryAnalyzerProvider implements DeliveryAnalyzerProvider {

    @Override
    public String id() {
        return "acoustic";
    }

    @Override
    public DeliveryAnalyzer create(ProviderConfig config) {
        return new AcousticDeliveryAnalyzer();
    }

    @Override
    public int priority() {
        return -10;
    }
}
