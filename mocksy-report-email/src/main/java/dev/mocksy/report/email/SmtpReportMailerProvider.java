package dev.mocksy.report.email;

import com.google.auto.service.AutoService;
import dev.mocksy.report.ReportMailer;
import dev.mocksy.spi.ProviderContext;
import dev.mocksy.spi.ReportMailerProvider;

/** Reports by e-mail over SMTP; available once {@code mocksy.smtp.host} is set (see {@link SmtpSettings}). */
@AutoService(ReportMailerProvider.class)
public final class SmtpReportMailerProvider implements ReportMailerProvider {

    @Override
    public String id() {
        return "smtp";
    }

    @Override
    public ReportMailer create(ProviderContext context) {
        return new SmtpReportMailer(SmtpSettings.from(context.config()));
    }

    @Override
    public boolean isAvailable(ProviderContext context) {
        return context.config().get(SmtpSettings.HOST).isPresent();
    }

    @Override
    public String unavailableReason() {
        return "no mail server is configured: set " + SmtpSettings.HOST + " and " + SmtpSettings.FROM + " (and "
                + SmtpSettings.USERNAME + "/" + SmtpSettings.PASSWORD + " for a login)";
    }
}
