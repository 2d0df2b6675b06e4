package dev.mocksy.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The platform with a mail server: a real SMTP server in the test (GreenMail), read back from its mailboxes. */
class PlatformMailTest {

    /** The mail server's login; the server must never show it. */
    static final String SMTP_PASSWORD = "smtp-secret-" + java.util.UUID.randomUUID();

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(patient(ServerSetupTest.SMTP.dynamicPort()))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("mocksy@example.com", "mocksy", SMTP_PASSWORD))
            .withPerMethodLifecycle(false);

    @TempDir
    static Path home;

    static PlatformServer server;

    /** The clock of the server's own tables, moved on to let reset links expire. */
    static final MutableClock CLOCK = new MutableClock();

    /** A clock that stands still until moved. */
    static final class MutableClock extends java.time.Clock {
        private final java.util.concurrent.atomic.AtomicReference<java.time.Instant> now =
                new java.util.concurrent.atomic.AtomicReference<>(java.time.Instant.now());

        void advance(java.time.Duration by) {
            now.updateAndGet(instant -> instant.plus(by));
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public java.time.Instant instant() {
            return now.get();
        }
    }

    private static ServerSetup patient(ServerSetup setup) {
        setup.setServerStartupTimeout(20_000);
        return setup;
    }

    @BeforeAll
    static void start() {
        server = PlatformServer.start(
                PlatformSettings.builder()
                        .home(home)
                        .port(0)
                        .mail(new MailSettings(
                                "127.0.0.1",
                                MAIL.getSmtp().getPort(),
                                "mocksy",
                                SMTP_PASSWORD,
                                "mocksy@example.com",
                                MailSettings.Tls.OFF))
                        .build(),
                builder -> {},
                CLOCK);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A finished interview of the client's. */
    static String finishedInterview(ApiClient client) {
        String id = client.post("/api/interviews", "{\"replies\":[\"\",\"\",\"\",\"\",\"1\"]}")
                .json()
                .get("id")
                .asText();
        client.post(
                "/api/interviews/" + id + "/answers", "{\"text\":\"I led the migration and measured the result.\"}");
        client.post("/api/interviews/" + id + "/end", "{}");
        return id;
    }

    static String email(ApiClient client) {
        return client.get("/api/session").json().get("account").get("email").asText();
    }

    /** The messages the mail server received for this address so far. */
    static List<MimeMessage> inbox(String address) throws Exception {
        List<MimeMessage> messages = new ArrayList<>();
        for (MimeMessage message : MAIL.getReceivedMessages()) {
            Address[] to = message.getRecipients(Message.RecipientType.TO);
            if (to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(address))) {
                messages.add(message);
            }
        }
        return messages;
    }

    @Test
    void should_say_in_the_session_that_the_server_sends_mail() {
        assertThat(new ApiClient(server.port())
                        .get("/api/session")
                        .json()
                        .get("mail")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void should_email_the_report_with_the_pdf_to_the_accounts_own_address_only() throws Exception {
        ApiClient client = ApiClient.signedUp(server.port(), "mailed");
        String id = finishedInterview(client);
        String address = email(client);

        ApiClient.Reply reply =
                client.post("/api/interviews/" + id + "/report/email", "{\"address\":\"somebody-else@example.com\"}");

        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        assertThat(reply.json().get("sent").asText()).isEqualTo(address);
        assertThat(MAIL.waitForIncomingEmail(10_000, 1)).isTrue();
        List<MimeMessage> received = inbox(address);
        assertThat(received).hasSize(1);
        MimeMessage message = received.get(0);
        assertThat(message.getSubject()).startsWith("Your Mocksy interview report");
        assertThat(message.getFrom()[0].toString()).isEqualTo("mocksy@example.com");
        List<String> attachments = new ArrayList<>();
        Multipart mixed = (Multipart) message.getContent();
        for (int i = 0; i < mixed.getCount(); i++) {
            BodyPart part = mixed.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                attachments.add(part.getFileName() + " " + part.getContentType());
            }
        }
        assertThat(attachments).singleElement().asString().contains("mocksy-report-" + id + ".pdf");
        assertThat(inbox("somebody-else@example.com"))
                .as("no relay to an address in the body")
                .isEmpty();
    }

    @Test
    void should_answer_not_found_and_send_nothing_for_another_accounts_interview() throws Exception {
        ApiClient owner = ApiClient.signedUp(server.port(), "private");
        String id = finishedInterview(owner);
        ApiClient intruder = ApiClient.signedUp(server.port(), "nosy");

        ApiClient.Reply reply = intruder.post("/api/interviews/" + id + "/report/email", null);

        assertThat(reply.status()).isEqualTo(404);
        assertThat(inbox(email(intruder))).isEmpty();
        assertThat(inbox(email(owner))).isEmpty();
    }

    @Test
    void should_answer_bad_gateway_without_details_when_the_mail_server_refuses_the_login(@TempDir Path otherHome) {
        String wrong = "wrong-secret-" + java.util.UUID.randomUUID();
        try (PlatformServer refused = PlatformServer.start(PlatformSettings.builder()
                .home(otherHome)
                .port(0)
                .mail(new MailSettings(
                        "127.0.0.1",
                        MAIL.getSmtp().getPort(),
                        "mocksy",
                        wrong,
                        "mocksy@example.com",
                        MailSettings.Tls.OFF))
                .build())) {
            ApiClient client = ApiClient.signedUp(refused.port(), "unlucky");
            String id = finishedInterview(client);

            ApiClient.Reply reply = client.post("/api/interviews/" + id + "/report/email", null);

            assertThat(reply.status()).isEqualTo(502);
            assertThat(reply.json().get("error").asText()).isEqualTo("mail_failed");
            assertThat(reply.text())
                    .contains("nothing was sent")
                    .doesNotContain(wrong)
                    .doesNotContain("mocksy@");
        }
    }

    @Test
    void should_document_the_mail_errors_of_the_route() {
        JsonNode responses = new ApiClient(server.port())
                .get("/api/openapi.json")
                .json()
                .get("paths")
                .get("/api/interviews/{id}/report/email")
                .get("post")
                .get("responses");

        assertThat(responses.has("503")).isTrue();
        assertThat(responses.has("404")).isTrue();
        assertThat(responses.get("200").get("description").asText()).contains("sent");
    }

    @Test
    void should_never_show_the_smtp_password() {
        MailSettings settings = new MailSettings(
                "smtp.example.com", 0, "mocksy", SMTP_PASSWORD, "mocksy@example.com", MailSettings.Tls.STARTTLS);
        assertThat(settings.toString()).doesNotContain(SMTP_PASSWORD).contains("***");
        assertThat(PlatformSettings.builder().home(home).mail(settings).build().toString())
                .doesNotContain(SMTP_PASSWORD);
        assertThat(settings.port()).isEqualTo(587);
    }

    @Test
    void should_refuse_smtp_settings_that_would_leak_the_login_or_cannot_work() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new MailSettings(
                        "smtp.example.com", 25, "mocksy", SMTP_PASSWORD, "mocksy@example.com", MailSettings.Tls.OFF))
                .hasMessageContaining("unencrypted")
                .hasMessageNotContaining(SMTP_PASSWORD);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> new MailSettings("smtp.example.com", 0, null, SMTP_PASSWORD, "mocksy@example.com", null))
                .hasMessageContaining("--smtp-user")
                .hasMessageNotContaining(SMTP_PASSWORD);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> new MailSettings("smtp.example.com", 0, null, null, "not an address", null))
                .hasMessageContaining("--smtp-from");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MailSettings.Tls.parse("maybe"))
                .hasMessageContaining("starttls, ssl or off");
    }

    static final String PASSWORD = "correct horse battery";

    static ApiClient.Reply logIn(ApiClient client, String email, String password) {
        return client.post("/api/login", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
    }

    /** A second browser logged in to the account. */
    static ApiClient anotherBrowser(String email) {
        ApiClient browser = new ApiClient(server.port());
        assertThat(logIn(browser, email, PASSWORD).status()).isEqualTo(200);
        return browser;
    }

    static ApiClient.Reply askForReset(String email) {
        return new ApiClient(server.port()).post("/api/password-reset", "{\"email\":\"" + email + "\"}");
    }

    /** The token of the newest reset link mailed to the address, waiting for it to arrive. */
    static String resetToken(String address, int messagesBefore) throws Exception {
        long deadline = System.currentTimeMillis() + 15_000;
        while (inbox(address).size() <= messagesBefore && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        List<MimeMessage> messages = inbox(address);
        assertThat(messages).as("a reset link for " + address).hasSizeGreaterThan(messagesBefore);
        MimeMessage message = messages.get(messages.size() - 1);
        assertThat(message.getSubject()).isEqualTo("Reset your Mocksy password");
        String text = com.icegreen.greenmail.util.GreenMailUtil.getBody(message);
        java.util.regex.Matcher link = java.util.regex.Pattern.compile(
                        "(http://127\\.0\\.0\\.1:" + server.port() + "/reset-password\\.html#)([A-Za-z0-9_-]{43})")
                .matcher(text);
        assertThat(link.find()).as(text).isTrue();
        return link.group(2);
    }

    static ApiClient.Reply confirm(String token, String password) {
        return new ApiClient(server.port())
                .post("/api/password-reset/confirm", "{\"token\":\"" + token + "\",\"password\":\"" + password + "\"}");
    }

    @Test
    void should_reset_the_password_with_a_single_use_link_and_end_every_login() throws Exception {
        ApiClient client = ApiClient.signedUp(server.port(), "forgetful");
        String address = email(client);
        ApiClient other = anotherBrowser(address);

        ApiClient.Reply asked = askForReset(address);
        String token = resetToken(address, 0);
        ApiClient.Reply reset = confirm(token, "a brand new password");

        assertThat(asked.status()).isEqualTo(200);
        assertThat(reset.status()).as(reset.text()).isEqualTo(200);
        assertThat(client.get("/api/history").status())
                .as("the first login ended")
                .isEqualTo(401);
        assertThat(other.get("/api/history").status())
                .as("the second login ended")
                .isEqualTo(401);
        assertThat(logIn(new ApiClient(server.port()), address, PASSWORD).status())
                .isEqualTo(401);
        assertThat(logIn(new ApiClient(server.port()), address, "a brand new password")
                        .status())
                .isEqualTo(200);

        ApiClient.Reply again = confirm(token, "yet another password");
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().get("message").asText())
                .contains("used already")
                .contains("ask for a new one");
        assertThat(logIn(new ApiClient(server.port()), address, "yet another password")
                        .status())
                .isEqualTo(401);
    }

    @Test
    void should_answer_a_reset_request_alike_whether_or_not_the_address_has_an_account() throws Exception {
        ApiClient client = ApiClient.signedUp(server.port(), "known");
        String known = email(client);
        String unknown = "nobody-" + java.util.UUID.randomUUID() + "@example.com";

        ApiClient.Reply forUnknown = askForReset(unknown);
        ApiClient.Reply forKnown = askForReset(known);

        assertThat(forUnknown.status()).isEqualTo(forKnown.status()).isEqualTo(200);
        assertThat(forUnknown.json()).isEqualTo(forKnown.json());
        // One thread sends in order: once the known address has its link, the unknown one was dealt with.
        resetToken(known, 0);
        assertThat(inbox(unknown)).isEmpty();
    }

    @Test
    void should_refuse_a_reset_link_older_than_thirty_minutes() throws Exception {
        ApiClient client = ApiClient.signedUp(server.port(), "slow");
        String address = email(client);
        askForReset(address);
        String token = resetToken(address, 0);

        CLOCK.advance(java.time.Duration.ofMinutes(31));
        ApiClient.Reply late = confirm(token, "a brand new password");

        assertThat(late.status()).isEqualTo(400);
        assertThat(late.json().get("message").asText()).contains("older than 30 minutes");
        assertThat(logIn(new ApiClient(server.port()), address, PASSWORD).status())
                .isEqualTo(200);
    }

    @Test
    void should_refuse_a_weak_new_password_without_using_up_the_link() throws Exception {
        ApiClient client = ApiClient.signedUp(server.port(), "hasty");
        String address = email(client);
        askForReset(address);
        String token = resetToken(address, 0);

        ApiClient.Reply weak = confirm(token, "short");

        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.json().get("message").asText()).contains("at least 10 characters");
        assertThat(confirm(token, "a long enough password").status()).isEqualTo(200);
    }

    @Test
    void should_change_the_password_only_with_the_current_one_and_end_the_other_logins() {
        ApiClient client = ApiClient.signedUp(server.port(), "careful");
        String address = email(client);
        ApiClient other = anotherBrowser(address);

        ApiClient.Reply wrong = client.put(
                "/api/me/password", "{\"currentPassword\":\"not my password\",\"newPassword\":\"a new password\"}");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("message").asText()).contains("current password is wrong");
        assertThat(other.get("/api/history").status()).as("nothing changed").isEqualTo(200);

        ApiClient.Reply changed = client.put(
                "/api/me/password", "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"a new password\"}");

        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        assertThat(changed.json().get("otherLoginsEnded").asInt()).isEqualTo(1);
        assertThat(client.get("/api/history").status()).as("this login stays").isEqualTo(200);
        assertThat(other.get("/api/history").status())
                .as("the other login ended")
                .isEqualTo(401);
        assertThat(logIn(new ApiClient(server.port()), address, PASSWORD).status())
                .isEqualTo(401);
        assertThat(logIn(new ApiClient(server.port()), address, "a new password")
                        .status())
                .isEqualTo(200);
    }
}
