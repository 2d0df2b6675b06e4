package dev.mocksy.examples.web;

import dev.mocksy.examples.web.http.ClientAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * How a platform server runs.
 *
 * @param host the address to listen on; {@code 127.0.0.1} keeps it on this machine
 * @param port the port; 0 picks a free one
 * @param home the data directory (reports, the master key file, the Vosk model)
 * @param storeUrl the database of the journal and of the platform's tables: {@code jdbc:sqlite:FILE} or
 *     {@code jdbc:postgresql://...}
 * @param secureCookies whether cookies are {@code Secure} (the server is reached over HTTPS)
 * @param mail the mail server reports and password reset links are sent through, or null: then the platform sends
 *     no e-mail and says so
 * @param publicUrl the address users reach the server at, e.g. {@code https://mocksy.example.com}, for the links in
 *     its e-mails (never taken from a request's Host header, which the sender chooses); null for
 *     {@code http://HOST:PORT} of this server
 * @param trustedProxies the reverse proxies in front of the server (IP addresses or CIDR ranges) whose
 *     {@code X-Forwarded-For} names the client; empty to take every request's connecting address as its client
 */
public record PlatformSettings(
        String host,
        int port,
        Path home,
        String storeUrl,
        boolean secureCookies,
        MailSettings mail,
        String publicUrl,
        List<String> trustedProxies) {

    public PlatformSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(storeUrl, "storeUrl");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("the port must be between 0 and 65535, got " + port);
        }
        trustedProxies = trustedProxies == null
                ? List.of()
                : trustedProxies.stream().map(String::strip).toList();
        trustedProxies.forEach(ClientAddress::check);
        if (publicUrl != null) {
            publicUrl = publicUrl.strip();
            while (publicUrl.endsWith("/")) {
                publicUrl = publicUrl.substring(0, publicUrl.length() - 1);
            }
            java.net.URI uri;
            try {
                uri = java.net.URI.create(publicUrl);
            } catch (IllegalArgumentException e) {
                uri = null;
            }
            if (uri == null
                    || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    || uri.getHost() == null
                    || uri.getRawQuery() != null
                    || uri.getRawFragment() != null) {
                throw new IllegalArgumentException("--public-url must be the address users open, such as"
                        + " https://mocksy.example.com, got '" + publicUrl + "'");
            }
        }
    }

    /** A builder: 127.0.0.1:8080, plain http, SQLite in the data directory, no e-mail. */
    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder()
                .host(host)
                .port(port)
                .home(home)
                .storeUrl(storeUrl)
                .secureCookies(secureCookies)
                .mail(mail)
                .publicUrl(publicUrl)
                .trustedProxies(trustedProxies);
    }

    /** Builds {@link PlatformSettings}. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port = 8080;
        private Path home;
        private String storeUrl;
        private boolean secureCookies;
        private MailSettings mail;
        private String publicUrl;
        private List<String> trustedProxies = List.of();

        private Builder() {}

        public Builder host(String host) {
            this.host = host;
            return this;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder home(Path home) {
            this.home = home;
            return this;
        }

        /** The database; null for {@code mocksy.db} in the data directory. */
        public Builder storeUrl(String storeUrl) {
            this.storeUrl = storeUrl;
            return this;
        }

        public Builder secureCookies(boolean secureCookies) {
            this.secureCookies = secureCookies;
            return this;
        }

        /** The mail server, or null (the default) to send no e-mail. */
        public Builder mail(MailSettings mail) {
            this.mail = mail;
            return this;
        }

        /** The address users reach the server at, for links in e-mails; null (the default) for this server's own. */
        public Builder publicUrl(String publicUrl) {
            this.publicUrl = publicUrl == null || publicUrl.isBlank() ? null : publicUrl;
            return this;
        }

        /** The reverse proxies (IP addresses or CIDR ranges) whose {@code X-Forwarded-For} is believed; none by default. */
        public Builder trustedProxies(List<String> trustedProxies) {
            this.trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
            return this;
        }

        /** @throws NullPointerException or IllegalArgumentException naming the field that is missing or wrong */
        public PlatformSettings build() {
            Objects.requireNonNull(home, "home");
            String url = storeUrl == null || storeUrl.isBlank() ? "jdbc:sqlite:" + home.resolve("mocksy.db") : storeUrl;
            return new PlatformSettings(host, port, home, url.strip(), secureCookies, mail, publicUrl, trustedProxies);
        }
    }
}
