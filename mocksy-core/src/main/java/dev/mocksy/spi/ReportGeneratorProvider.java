package dev.mocksy.spi;

import dev.mocksy.report.ReportGenerator;

/** Creates {@link ReportGenerator}s, which write end-of-interview reports. */
public interface ReportGeneratorProvider extends ProviderFactory<ReportGenerator> {}
