package dev.mocksy.spi;

import dev.mocksy.report.ReportRenderer;

/** Creates the PDF {@link ReportRenderer}. */
public interface ReportRendererProvider extends ProviderFactory<ReportRenderer> {}
