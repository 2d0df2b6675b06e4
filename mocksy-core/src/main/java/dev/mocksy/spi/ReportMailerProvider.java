package dev.mocksy.spi;

import dev.mocksy.report.ReportMailer;

/** Creates {@link ReportMailer}s, which send reports by e-mail. */
public interface ReportMailerProvider extends ProviderFactory<ReportMailer> {}
