package dev.mocksy.examples.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The mail server the platform sends reports and password reset links through, handed to the facade as the
 * {@code mocksy.smtp.*} settings of mocksy-report-email.
 *
 * @param host the SMTP server
 * @param port its port (1-65535)
 * @param username the login, or null to send without one
 * @param password the login's password, or null; never shown by {@link #toString()}
 * @param from the sender's address
 * @param tls how the connection is encrypted
 */
public record MailSettings(String host, int port, String username, String password, String from, Tls tls) {

    /** How the connection to the mail server is encrypted. */
    public enum Tls {
        /** Plain SMTP upgraded with STARTTLS, which the server must offer (nothing is sent otherwise); port 587. */
        STARTTLS,
        /** TLS from the first byte (SMTPS); port 465. */
        SSL,
        /** No encryption: only for a mail server on this machine, and never with a login to another host. */
        OFF;

        /**
         * The value of {@code --smtp-tls}: {@code starttls}, {@code ssl} or {@code off}.
         *
         * @throws IllegalArgumentException naming the accepted values
         */
        public static Tls parse(String value) {
            if (value == null || value.isBlank()) {
                return STARTTLS;
            }
            try {
                return valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "--smtp-tls must be starttls, ssl or off, got '" + abbreviate(value.strip()) + "'");
            }
        }

        /** The port a server usually listens on for this kind of connection. */
        public int defaultPort() {
            return switch (this) {
                case SSL -> 465;
                case STARTTLS -> 587;
                case OFF -> 25;
            };
        }
    }

    private static final Pattern ADDRESS = Pattern.compile("[^@\\s<>,;]+@[^@\\s<>,;]+\\.[^@\\s<>,;]+");

    /** The host names a login may be sent to unencrypted: this machine only. */
    private static final java.util.Set<String> LOOPBACK = java.util.Set.of("localhost", "127.0.0.1", "::1");

    /** @throws IllegalArgumentException naming the flag that is missing or wrong (never the password) */
    public MailSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException(
                    "the mail server is not set: give --smtp-host HOST (or MOCKSY_SMTP_HOST)");
        }
        host = host.strip();
        if (tls == null) {
            tls = Tls.STARTTLS;
        }
        if (port == 0) {
            port = tls.defaultPort();
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("--smtp-port must be between 1 and 65535, got " + port);
        }
        if (from == null || !ADDRESS.matcher(from.strip()).matches()) {
            throw new IllegalArgumentException("the sender is not set or not an address: give --smtp-from ADDRESS (or"
                    + " MOCKSY_SMTP_FROM), e.g. --smtp-from mocksy@example.com");
        }
        from = from.strip();
        username = username == null || username.isBlank() ? null : username.strip();
        if (password != null && password.isEmpty()) {
            password = null;
        }
        if (password != null && username == null) {
            throw new IllegalArgumentException(
                    "an SMTP password is set but no login: give --smtp-user USER (or MOCKSY_SMTP_USERNAME) with it");
        }
        if (username != null && password == null) {
            throw new IllegalArgumentException("--smtp-user is set but no password: put it in MOCKSY_SMTP_PASSWORD or"
                    + " in a file given with --smtp-password-file FILE");
        }
        if (username != null && tls == Tls.OFF && !LOOPBACK.contains(host.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("--smtp-tls off would send the login to " + host + " unencrypted; use"
                    + " --smtp-tls starttls or ssl, or off only for a mail server on this machine");
        }
    }

    /** The {@code mocksy.smtp.*} settings of mocksy-report-email these stand for. */
    public Map<String, String> facadeSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("mocksy.smtp.host", host);
        settings.put("mocksy.smtp.port", Integer.toString(port));
        settings.put("mocksy.smtp.from", from);
        settings.put("mocksy.smtp.ssl", Boolean.toString(tls == Tls.SSL));
        settings.put("mocksy.smtp.starttls", tls == Tls.STARTTLS ? "required" : "off");
        if (username != null) {
            settings.put("mocksy.smtp.username", username);
        }
        if (password != null) {
            settings.put("mocksy.smtp.password", password);
        }
        return settings;
    }

    @Override
    public String toString() {
        return "MailSettings[" + host + ":" + port + ", tls " + tls.name().toLowerCase(Locale.ROOT) + ", user "
                + (username == null ? "none" : username) + ", password " + (password == null ? "none" : "***")
                + ", from " + from + "]";
    }

    private static String abbreviate(String text) {
        return text.length() <= 20 ? text : text.substring(0, 20) + "...";
    }
}
