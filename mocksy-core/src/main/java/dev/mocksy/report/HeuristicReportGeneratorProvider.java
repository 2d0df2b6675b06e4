package dev.mocksy.report;

import com.google.auto.service.AutoService;
import dev.mocksy.spi.ProviderConfig;
import dev.mocksy.spi.ProviderContext;
import dev.mocksy.spi.ReportGeneratorProvider;

/** The offline default report generator, {@code "heuristic"}; any other report generator on the classpath wins. */
@AutoService(ReportGeneratorProvider.class)
public final class HeuristicReportGeneratorProvider implements ReportGeneratorProvider {

    @Override
    public String id() {
        return "heuristic";
    }

    @Override
    public ReportGenerator create(ProviderContext context) {
        ProviderConfig config = context.config();
        return new HeuristicReportGenerator();
    }

    @Override
    public int priority() {
        return -10;
    }
}
