package dev.mocksy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./mocksy serve} refuses SMTP and proxy settings it cannot use before it starts, saying what to change. */
class ServeCommandTest {

    @TempDir
    Path home;

    private CliRun serve(String... more) {
        String[] args = new String[more.length + 3];
        args[0] = "serve";
        args[1] = "--home";
        args[2] = home.toString();
        System.arraycopy(more, 0, args, 3, more.length);
        return CliRun.of("", args);
    }

    @Test
    void should_refuse_an_unknown_tls_mode() {
        CliRun run =
                serve("--smtp-host", "smtp.example.com", "--smtp-from", "mocksy@example.com", "--smtp-tls", "maybe");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("--smtp-tls must be starttls, ssl or off");
    }

    @Test
    void should_refuse_smtp_settings_without_a_host() {
        CliRun run = serve("--smtp-from", "mocksy@example.com");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("--smtp-host");
    }

    @Test
    void should_refuse_a_login_sent_unencrypted_to_another_host_without_showing_the_password() throws Exception {
        Path secret = Files.writeString(home.resolve("smtp-password"), "hunter2-very-secret\n");

        CliRun run = serve(
                "--smtp-host", "smtp.example.com",
                "--smtp-from", "mocksy@example.com",
                "--smtp-user", "mocksy",
                "--smtp-password-file", secret.toString(),
                "--smtp-tls", "off");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("unencrypted").doesNotContain("hunter2");
        assertThat(run.out()).doesNotContain("hunter2");
    }

    @Test
    void should_refuse_a_trusted_proxy_given_by_name() {
        CliRun run = serve("--trusted-proxy", "proxy.example.com");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("--trusted-proxy").contains("no host names");
    }

    @Test
    void should_refuse_a_public_url_that_is_not_http() {
        CliRun run = serve("--public-url", "javascript:alert(1)");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("--public-url");
    }
}
