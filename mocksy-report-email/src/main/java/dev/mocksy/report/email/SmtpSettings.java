package dev.mocksy.report.email;

import dev.mocksy.spi.ProviderConfig;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How to reach the mail server.
 *
 * @param host the SMTP server
 * @param port its port; default 465 with {@code ssl}, else 587
 * @param username the login, or {@code null} to send without authentication
 * @param password the login's password; never shown by {@link #toString()}
 * @param startTls whether to upgrade the connection with STARTTLS
 * @param ssl whether to connect with TLS from the start (SMTPS)
 * @param trustedHosts hosts whose certificate is trusted whatever it says (e.g. a test server with a self-signed
 *     certificate), space-separated, or {@code null} to check certificates and the server's name normally
 * @param from the sender's address
 * @param timeout for connecting, reading and writing
 */
public record SmtpSettings(
        String host,
        int port,
        String username,
        String password,
        StartTls startTls,
        boolean ssl,
        String trustedHosts,
        String from,
        Duration timeout) {

    /** Whether the connection is upgraded with STARTTLS. */
    public enum StartTls {
        /** Never: only for a server on the same machine or a test server. */
        OFF,
        /** When the server offers it. */
        OPTIONAL,
        /** Always; a server that does not offer it is an error and nothing is sent. */
        REQUIRED
    }

    public static final String HOST = "mocksy.smtp.host";
    public static final String PORT = "mocksy.smtp.port";
    public static final String USERNAME = "mocksy.smtp.username";
    public static final String PASSWORD = "mocksy.smtp.password";
    public static final String STARTTLS = "mocksy.smtp.starttls";
    public static final String SSL = "mocksy.smtp.ssl";
    public static final String TRUST = "mocksy.smtp.ssl.trust";
    public static final String FROM = "mocksy.smtp.from";
    public static final String TIMEOUT = "mocksy.smtp.timeout-seconds";

    public SmtpSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("the mail server is not set: set " + HOST + " (and " + FROM + ")");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException(PORT + " must be 1-65535, got " + port);
        }
        Objects.requireNonNull(startTls, "startTls");
        if (ssl && startTls == StartTls.REQUIRED) {
            throw new IllegalArgumentException(
                    SSL + "=true already encrypts from the start; set " + STARTTLS + " to off or optional with it");
        }
        if (from == null || from.isBlank()) {
            throw new IllegalArgumentException(
                    "the sender is not set: set " + FROM + " to an address, e.g." + " reports@example.com");
        }
        Objects.requireNonNull(timeout, "timeout");
    }

    /**
     * The settings {@value #HOST}, {@value #PORT}, {@value #USERNAME}, {@value #PASSWORD}, {@value #STARTTLS}
     * ({@code off}, {@code optional} or {@code required}; default {@code required} with a login, else
     * {@code optional}), {@value #SSL}, {@value #TRUST}, {@value #FROM} (default: the login) and {@value #TIMEOUT}
     * (default 30).
     *
     * @throws IllegalArgumentException naming the setting that is missing or wrong
     */
    public static SmtpSettings from(ProviderConfig config) {
        String username = config.get(USERNAME).orElse(null);
        boolean ssl = config.get(SSL).map(SmtpSettings::bool).orElse(false);
        StartTls startTls = config.get(STARTTLS)
                .map(SmtpSettings::startTls)
                .orElse(username != null && !ssl ? StartTls.REQUIRED : StartTls.OPTIONAL);
        return new SmtpSettings(
                config.get(HOST).orElse(null),
                config.get(PORT).map(value -> number(PORT, value)).orElse(ssl ? 465 : 587),
                username,
                config.get(PASSWORD).orElse(null),
                startTls,
                ssl,
                config.get(TRUST).orElse(null),
                config.get(FROM).orElse(username),
                Duration.ofSeconds(
                        config.get(TIMEOUT).map(value -> number(TIMEOUT, value)).orElse(30)));
    }

    private static StartTls startTls(String value) {
        try {
            return StartTls.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(STARTTLS + " must be off, optional or required, got '" + value + "'");
        }
    }

    private static boolean bool(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "on", "yes" -> true;
            case "false", "off", "no" -> false;
            default -> throw new IllegalArgumentException(SSL + " must be true or false, got '" + value + "'");
        };
    }

    private static int number(String key, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, got '" + value + "'");
        }
    }

    @Override
    public String toString() {
        return "SmtpSettings[" + host + ":" + port + ", user " + username + ", password "
                + (password == null ? "none" : "***") + ", starttls " + startTls + ", ssl " + ssl + ", from " + from
                + "]";
    }

    /** A builder for {@link SmtpSettings}; every field is checked when {@link Builder#build()} runs. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link SmtpSettings}. */
    public static final class Builder {
        private String host;
        private int port;
        private String username;
        private String password;
        private StartTls startTls;
        private boolean ssl;
        private String trustedHosts;
        private String from;
        private Duration timeout;

        private Builder() {}

        private Builder(SmtpSettings source) {
            host = source.host;
            port = source.port;
            username = source.username;
            password = source.password;
            startTls = source.startTls;
            ssl = source.ssl;
            trustedHosts = source.trustedHosts;
            from = source.from;
            timeout = source.timeout;
        }

        public Builder host(String host) {
            this.host = host;
            return this;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder username(String username) {
            this.username = username;
            return this;
        }

        public Builder password(String password) {
            this.password = password;
            return this;
        }

        public Builder startTls(StartTls startTls) {
            this.startTls = startTls;
            return this;
        }

        public Builder ssl(boolean ssl) {
            this.ssl = ssl;
            return this;
        }

        public Builder trustedHosts(String trustedHosts) {
            this.trustedHosts = trustedHosts;
            return this;
        }

        public Builder from(String from) {
            this.from = from;
            return this;
        }

        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        /**
         * Builds the value.
         *
         * @throws IllegalArgumentException or {@link NullPointerException} naming the field that is missing or
         *     out of range
         */
        public SmtpSettings build() {
            return new SmtpSettings(host, port, username, password, startTls, ssl, trustedHosts, from, timeout);
        }
    }
}
