package dev.mocksy.llm.interviewer;

import com.google.auto.service.AutoService;
import dev.mocksy.spi.Capability;
import dev.mocksy.spi.ReportGeneratorProvider;

/** Provides reports written by the language model, with the offline report as fallback, when a language model is chosen. */
@AutoService(ReportGeneratorProvider.class)
public final class LlmReportGeneratorProvider extends LanguageModelBackedProvider<dev.mocksy.report.ReportGenerator>
        implements ReportGeneratorProvider {

    public LlmReportGeneratorProvider() {
        super(Capability.REPORT_GENERATOR, LlmReportGenerator::new);
    }
}
