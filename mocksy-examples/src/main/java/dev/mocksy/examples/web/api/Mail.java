package dev.mocksy.examples.web.api;

import dev.mocksy.Mocksy;
import dev.mocksy.ProviderException;
import dev.mocksy.examples.web.PlatformException;
import dev.mocksy.http.Secrets;
import dev.mocksy.report.ReportEmail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the server may send e-mail, and sending it through the facade's mailer (mocksy-report-email): a refusal of
 * the mail server is logged for whoever runs the server and answered with a 502 that holds none of its details.
 */
public final class Mail {

    private static final Logger LOG = LoggerFactory.getLogger(Mail.class);

    private final boolean configured;

    /** @param configured whether the server was started with a mail server */
    public Mail(boolean configured) {
        this.configured = configured;
    }

    /** Whether the server can send e-mail. */
    public boolean configured() {
        return configured;
    }

    /** @throws PlatformException 503 saying how to start the server with a mail server, when it has none */
    void requireConfigured() {
        if (!configured) {
            throw PlatformException.mailNotConfigured();
        }
    }

    /** E-mails the session's report, as {@link Mocksy#emailReport} writes it. */
    void sendReport(Mocksy mocksy, String sessionId, String address) {
        requireConfigured();
        try {
            mocksy.emailReport(sessionId, address);
        } catch (ProviderException e) {
            throw refused(e);
        }
    }

    /** Sends a message of the platform's own (a password reset link). */
    void send(Mocksy mocksy, ReportEmail email) {
        requireConfigured();
        try {
            mocksy.reportMailer().send(email);
        } catch (ProviderException e) {
            throw refused(e);
        }
    }

    private static PlatformException refused(ProviderException e) {
        LOG.warn("the mail server did not take a message: {}", Secrets.redact(e.getMessage(), null));
        return PlatformException.badGateway(
                "mail_failed",
                "the mail server did not take the message, so nothing was sent; try again later, or tell whoever"
                        + " runs this server (their log says why)");
    }
}
