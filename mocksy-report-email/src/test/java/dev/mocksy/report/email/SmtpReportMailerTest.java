package dev.mocksy.report.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.mocksy.AuthenticationException;
import dev.mocksy.Mocksy;
import dev.mocksy.MocksyHome;
import dev.mocksy.ProviderException;
import dev.mocksy.ProviderSelectionException;
import dev.mocksy.ProviderUnavailableException;
import dev.mocksy.interview.InterviewPlan;
import dev.mocksy.interview.InterviewSession;
import dev.mocksy.report.ReportEmail;
import dev.mocksy.spi.ProviderConfig;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Reports sent to a real SMTP server running in the test (GreenMail), and read back from its mailbox. */
class SmtpReportMailerTest {

    private static final byte[] PDF = "%PDF-1.7 a tiny stand-in document".getBytes(StandardCharsets.US_ASCII);

    private static ServerSetup patient(ServerSetup setup) {
        setup.setServerStartupTimeout(20_000);
        return setup;
    }

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup[] {
                // SMTPS makes its TLS context at start-up, which can outlast the 2 s default on two busy cores.
                patient(ServerSetupTest.SMTP.dynamicPort()), patient(ServerSetupTest.SMTPS.dynamicPort())
            })
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("coach@example.com", "coach", "right-pass"));

    @TempDir
    Path home;

    private static SmtpSettings plain(String user, String password) {
        return new SmtpSettings(
                "127.0.0.1",
                MAIL.getSmtp().getPort(),
                user,
                password,
                SmtpSettings.StartTls.OFF,
                false,
                null,
                "coach@example.com",
                Duration.ofSeconds(10));
    }

    private static ReportEmail email() {
        return new ReportEmail(
                "ada@example.com",
                "Your Mocksy interview report: Backend technical, 72/100",
                "# Interview report\nOverall: 72/100",
                "<!DOCTYPE html><html><body><h1>Interview report</h1><svg></svg></body></html>",
                List.of(new ReportEmail.Attachment("mocksy-report-s1.pdf", "application/pdf", PDF)));
    }

    @Test
    void should_send_the_text_and_html_bodies_with_the_pdf_attached() throws Exception {
        new SmtpReportMailer(plain("coach", "right-pass")).send(email());

        MimeMessage[] received = MAIL.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage message = received[0];
        assertThat(message.getSubject()).isEqualTo("Your Mocksy interview report: Backend technical, 72/100");
        assertThat(message.getFrom()[0].toString()).isEqualTo("coach@example.com");
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo("ada@example.com");
        List<Part> parts = leaves(message);
        assertThat(parts)
                .extracting(part -> part.getContentType().split(";")[0].toLowerCase())
                .containsExactly("text/plain", "text/html", "application/pdf");
        assertThat((String) parts.get(0).getContent()).contains("Overall: 72/100");
        assertThat((String) parts.get(1).getContent()).contains("<svg>");
        Part attachment = parts.get(2);
        assertThat(attachment.getDisposition()).isEqualToIgnoringCase(Part.ATTACHMENT);
        assertThat(attachment.getFileName()).isEqualTo("mocksy-report-s1.pdf");
        try (InputStream in = attachment.getInputStream()) {
            assertThat(in.readAllBytes()).isEqualTo(PDF);
        }
    }

    @Test
    void should_send_over_tls_from_the_start_when_asked() throws Exception {
        SmtpSettings smtps = new SmtpSettings(
                "127.0.0.1",
                MAIL.getSmtps().getPort(),
                "coach",
                "right-pass",
                SmtpSettings.StartTls.OFF,
                true,
                "127.0.0.1",
                "coach@example.com",
                Duration.ofSeconds(10));

        new SmtpReportMailer(smtps).send(email());

        assertThat(MAIL.getReceivedMessages()).hasSize(1);
    }

    @Test
    void should_refuse_to_send_in_clear_when_starttls_is_required_and_not_offered() {
        SmtpSettings required = new SmtpSettings(
                "127.0.0.1",
                MAIL.getSmtp().getPort(),
                null,
                null,
                SmtpSettings.StartTls.REQUIRED,
                false,
                null,
                "coach@example.com",
                Duration.ofSeconds(10));

        assertThatThrownBy(() -> new SmtpReportMailer(required).send(email()))
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("does not offer STARTTLS")
                .hasMessageContaining("nothing was sent");
        assertThat(MAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void should_say_the_login_was_refused_without_showing_the_password() {
        assertThatThrownBy(() -> new SmtpReportMailer(plain("coach", "wrong-secret-pass")).send(email()))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("refused the login of coach")
                .hasMessageContaining(SmtpSettings.PASSWORD)
                .hasMessageNotContaining("wrong-secret-pass");
        assertThat(MAIL.getReceivedMessages()).isEmpty();
        assertThat(plain("coach", "wrong-secret-pass").toString()).doesNotContain("wrong-secret-pass");
    }

    @Test
    void should_say_when_the_server_cannot_be_reached() {
        SmtpSettings nowhere = new SmtpSettings(
                "127.0.0.1",
                9,
                null,
                null,
                SmtpSettings.StartTls.OFF,
                false,
                null,
                "coach@example.com",
                Duration.ofSeconds(2));

        assertThatThrownBy(() -> new SmtpReportMailer(nowhere).send(email()))
                .isInstanceOf(ProviderUnavailableException.class)
                .hasMessageContaining("127.0.0.1:9")
                .hasMessageContaining("nothing was sent");
    }

    @Test
    void should_name_the_settings_that_are_missing_or_wrong() {
        assertThatThrownBy(() -> SmtpSettings.from(ProviderConfig.isolated(Map.of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(SmtpSettings.HOST);
        assertThatThrownBy(() -> SmtpSettings.from(ProviderConfig.isolated(Map.of(SmtpSettings.HOST, "mail"))))
                .hasMessageContaining(SmtpSettings.FROM);
        assertThatThrownBy(() -> SmtpSettings.from(
                        ProviderConfig.isolated(Map.of(SmtpSettings.HOST, "mail", SmtpSettings.STARTTLS, "maybe"))))
                .hasMessageContaining("off, optional or required");
        assertThatThrownBy(() -> new ReportEmail("not an address", "s", "t", "h", List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not an e-mail address");
        SmtpSettings login = SmtpSettings.from(
                ProviderConfig.isolated(Map.of(SmtpSettings.HOST, "mail", SmtpSettings.USERNAME, "a@b.c")));
        assertThat(login.startTls()).isEqualTo(SmtpSettings.StartTls.REQUIRED);
        assertThat(login.port()).isEqualTo(587);
        assertThat(login.from()).isEqualTo("a@b.c");
    }

    @Test
    void should_email_a_finished_sessions_report_through_the_facade() throws Exception {
        Mocksy mocksy = Mocksy.builder()
                .isolated()
                .setting(MocksyHome.PROPERTY, home.toString())
                .setting("mocksy.store", "file")
                .setting(SmtpSettings.HOST, "127.0.0.1")
                .setting(SmtpSettings.PORT, Integer.toString(MAIL.getSmtp().getPort()))
                .setting(SmtpSettings.STARTTLS, "off")
                .setting(SmtpSettings.FROM, "coach@example.com")
                .build();
        InterviewSession session = mocksy.startInterview(
                InterviewPlan.builder().questionCount(1).maxFollowUps(0).build());
        session.start();
        session.submitAnswer("I led the migration and measured a 30% drop in latency.");
        session.next();
        session.report();

        mocksy.emailReport(session.id(), "ada@example.com");

        MimeMessage message = MAIL.getReceivedMessages()[0];
        assertThat(message.getSubject()).startsWith("Your Mocksy interview report: General");
        List<Part> parts = leaves(message);
        assertThat((String) parts.get(1).getContent()).contains("<svg").contains(session.id());
        assertThat(parts.get(2).getFileName()).isEqualTo("mocksy-report-" + session.id() + ".html");
    }

    @Test
    void should_say_how_to_configure_the_mail_server_when_none_is() {
        Mocksy mocksy = Mocksy.builder()
                .isolated()
                .setting(MocksyHome.PROPERTY, home.toString())
                .setting("mocksy.store", "file")
                .build();
        InterviewSession session = mocksy.startInterview(
                InterviewPlan.builder().questionCount(1).maxFollowUps(0).build());
        session.start();
        session.skip();
        session.next();

        assertThatThrownBy(() -> mocksy.emailReport(session.id(), "ada@example.com"))
                .isInstanceOf(ProviderSelectionException.class)
                .hasMessageContaining("mocksy-report-email");
    }

    private static List<Part> leaves(Part part) throws Exception {
        List<Part> leaves = new ArrayList<>();
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                leaves.addAll(leaves(child));
            }
        } else {
            leaves.add(part);
        }
        return leaves;
    }
}
