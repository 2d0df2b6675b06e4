package dev.mocksy.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mocksy.examples.web.account.LoginThrottle;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Login throttling behind a reverse proxy: the test connects from 127.0.0.1, which one server trusts as its proxy
 * and the other does not.
 */
class LoginThrottleProxyTest {

    @TempDir
    static Path proxiedHome;

    @TempDir
    static Path directHome;

    /** Behind a proxy on 127.0.0.1: clients are told apart by X-Forwarded-For. */
    static PlatformServer proxied;

    /** Trusting no proxy: X-Forwarded-For is the client's own claim and is ignored. */
    static PlatformServer direct;

    @BeforeAll
    static void start() {
        proxied = PlatformServer.start(PlatformSettings.builder()
                .home(proxiedHome)
                .port(0)
                .trustedProxies(List.of("127.0.0.1", "::1"))
                .build());
        direct = PlatformServer.start(
                PlatformSettings.builder().home(directHome).port(0).build());
    }

    @AfterAll
    static void stop() {
        proxied.close();
        direct.close();
    }

    /** A login attempt as if forwarded for {@code forwardedFor}. */
    static int logIn(PlatformServer server, String email, String password, String forwardedFor) {
        ApiClient client = new ApiClient(server.port());
        String csrf = client.csrf();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(client.base() + "/api/login"))
                .header("X-CSRF-Token", csrf)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}"));
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return client.send(request).status();
    }

    static String unknownAddress() {
        return "nobody-" + UUID.randomUUID() + "@example.com";
    }

    @Test
    void should_throttle_each_client_behind_the_trusted_proxy_on_its_own() {
        for (int i = 0; i < LoginThrottle.PER_CLIENT; i++) {
            assertThat(logIn(proxied, unknownAddress(), "wrong password " + i, "203.0.113.7"))
                    .isEqualTo(401);
        }

        assertThat(logIn(proxied, unknownAddress(), "wrong password", "203.0.113.7"))
                .as("the guessing client is locked")
                .isEqualTo(429);
        assertThat(logIn(proxied, unknownAddress(), "wrong password", "203.0.113.7, 127.0.0.1"))
                .as("a hop through another trusted proxy is still that client")
                .isEqualTo(429);
        assertThat(logIn(proxied, unknownAddress(), "wrong password", "198.51.100.9, 203.0.113.7"))
                .as("a left-most address the client wrote itself changes nothing")
                .isEqualTo(429);
        assertThat(logIn(proxied, unknownAddress(), "wrong password", "198.51.100.9"))
                .as("another client behind the same proxy is not")
                .isEqualTo(401);
    }

    @Test
    void should_lock_an_account_guessed_at_from_many_addresses() {
        ApiClient owner = ApiClient.signedUp(proxied.port(), "target");
        String email =
                owner.get("/api/session").json().get("account").get("email").asText();

        for (int i = 0; i < LoginThrottle.PER_ACCOUNT; i++) {
            assertThat(logIn(proxied, email, "wrong guess " + i, "198.18.0." + (i + 1)))
                    .isEqualTo(401);
        }

        assertThat(logIn(proxied, email, "correct horse battery", "198.18.1.1"))
                .as("the address is locked whichever client asks")
                .isEqualTo(429);
    }

    @Test
    void should_ignore_a_forged_x_forwarded_for_from_an_address_that_is_not_a_trusted_proxy() {
        for (int i = 0; i < LoginThrottle.PER_CLIENT; i++) {
            assertThat(logIn(direct, unknownAddress(), "wrong password " + i, "198.51.100." + (i + 1)))
                    .isEqualTo(401);
        }

        assertThat(logIn(direct, unknownAddress(), "wrong password", "198.51.100.200"))
                .as("every forged address was counted as the connecting one")
                .isEqualTo(429);
    }
}
