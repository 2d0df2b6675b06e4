package dev.mocksy.report;

/** Sends a report by e-mail; reached through {@code Mocksy.emailReport}. */
public interface ReportMailer {

    /**
     * Sends the message, or fails saying why; nothing is retried behind the caller's back.
     *
     * @throws dev.mocksy.ProviderException when the mail server refuses the message, the login or the connection
     */
    void send(ReportEmail email);
}
