package dev.mocksy.report.email;

import dev.mocksy.AuthenticationException;
import dev.mocksy.InvalidRequestException;
import dev.mocksy.ProviderException;
import dev.mocksy.ProviderTimeoutException;
import dev.mocksy.ProviderUnavailableException;
import dev.mocksy.report.ReportEmail;
import dev.mocksy.report.ReportMailer;
import jakarta.activation.DataHandler;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Objects;
import java.util.Properties;

/**
 * Sends reports over SMTP with Angus Mail: a plain-text and an HTML body, and the attachments (the PDF report).
 * STARTTLS, implicit TLS and a login are configurable ({@link SmtpSettings}); the password is never logged or put in
 * an error.
 */
public final class SmtpReportMailer implements ReportMailer {

    private static final String PROVIDER = "smtp";

    private final SmtpSettings settings;

    public SmtpReportMailer(SmtpSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public void send(ReportEmail email) {
        Session session = Session.getInstance(properties());
        try {
            MimeMessage message = message(session, email);
            try (Transport transport = session.getTransport(settings.ssl() ? "smtps" : "smtp")) {
                transport.connect(settings.host(), settings.port(), settings.username(), settings.password());
                transport.sendMessage(message, message.getAllRecipients());
            }
        } catch (AuthenticationFailedException e) {
            throw new AuthenticationException(
                    PROVIDER,
                    "the mail server " + settings.host() + " refused the login of " + settings.username(),
                    "check " + SmtpSettings.USERNAME + " and " + SmtpSettings.PASSWORD,
                    0);
        } catch (AddressException e) {
            throw new InvalidRequestException(PROVIDER, 0, "not a valid address: " + e.getRef());
        } catch (MessagingException e) {
            throw failure(e);
        }
    }

    private MimeMessage message(Session session, ReportEmail email) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from(), true));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(email.to(), true));
        message.setSubject(email.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(email.text(), StandardCharsets.UTF_8.name());
        MimeBodyPart html = new MimeBodyPart();
        html.setText(email.html(), StandardCharsets.UTF_8.name(), "html");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternative);
        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(body);
        for (ReportEmail.Attachment attachment : email.attachments()) {
            MimeBodyPart part = new MimeBodyPart();
            part.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.mediaType())));
            part.setFileName(attachment.fileName());
            part.setDisposition(MimeBodyPart.ATTACHMENT);
            mixed.addBodyPart(part);
        }
        message.setContent(mixed);
        message.saveChanges();
        return message;
    }

    private Properties properties() {
        String protocol = settings.ssl() ? "smtps" : "smtp";
        String prefix = "mail." + protocol + ".";
        String millis = Long.toString(settings.timeout().toMillis());
        Properties properties = new Properties();
        properties.setProperty(prefix + "auth", Boolean.toString(settings.username() != null));
        properties.setProperty(prefix + "connectiontimeout", millis);
        properties.setProperty(prefix + "timeout", millis);
        properties.setProperty(prefix + "writetimeout", millis);
        properties.setProperty(
                prefix + "starttls.enable", Boolean.toString(settings.startTls() != SmtpSettings.StartTls.OFF));
        properties.setProperty(
                prefix + "starttls.required", Boolean.toString(settings.startTls() == SmtpSettings.StartTls.REQUIRED));
        // A host trusted by name (a test server with a self-signed certificate) is trusted whatever its certificate
        // says; every other server's certificate must name it.
        properties.setProperty(prefix + "ssl.checkserveridentity", Boolean.toString(settings.trustedHosts() == null));
        if (settings.trustedHosts() != null) {
            properties.setProperty(prefix + "ssl.trust", settings.trustedHosts());
        }
        return properties;
    }

    private ProviderException failure(MessagingException e) {
        String server = settings.host() + ":" + settings.port();
        Throwable cause = e.getNextException() != null ? e.getNextException() : e.getCause();
        if (cause instanceof SocketTimeoutException) {
            return new ProviderTimeoutException(
                    PROVIDER, "the mail server " + server + " did not answer within " + settings.timeout(), e);
        }
        String reason = e.getMessage();
        if (reason != null && reason.contains("STARTTLS")) {
            return new ProviderException(
                    PROVIDER,
                    "the mail server " + server + " does not offer STARTTLS, which " + SmtpSettings.STARTTLS
                            + "=required asks for; nothing was sent. Use a server that encrypts, "
                            + SmtpSettings.SSL + "=true for one that encrypts from the start, or (only for a server"
                            + " on this machine) " + SmtpSettings.STARTTLS + "=off",
                    e);
        }
        return new ProviderUnavailableException(
                PROVIDER, "could not send the report through " + server + ": " + reason + "; nothing was sent", e);
    }

    @Override
    public String toString() {
        return "SmtpReportMailer[" + settings + "]";
    }
}
