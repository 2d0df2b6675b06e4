package dev.mocksy.examples.cli;

import dev.mocksy.examples.web.MailSettings;
import dev.mocksy.examples.web.PlatformServer;
import dev.mocksy.examples.web.PlatformSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./mocksy serve}: the web platform, with accounts, history, progress and live voice interviews. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Start the web platform: sign up, upload a resume, interview by text or voice, see reports and"
                + " progress. Offline by default (no key, nothing to install).")
final class ServeCommand implements Callable<Integer> {

    private final Terminal terminal;

    @Mixin
    Home home;

    @Option(
            names = "--port",
            paramLabel = "PORT",
            description = "The port to listen on (default 8080; 0 for any free one).")
    int port = 8080;

    @Option(
            names = "--host",
            paramLabel = "ADDRESS",
            description = "The address to listen on (default 127.0.0.1: this machine only; 0.0.0.0 for every interface,"
                    + " behind an HTTPS proxy).")
    String host = "127.0.0.1";

    @Option(
            names = "--secure-cookies",
            description =
                    "Mark cookies Secure: use when users reach the server over HTTPS (directly or through a proxy).")
    boolean secureCookies;

    @Option(
            names = "--trusted-proxy",
            paramLabel = "ADDRESS",
            split = ",",
            defaultValue = "${env:MOCKSY_TRUSTED_PROXIES}",
            description = "A reverse proxy in front of the server (an IP address or a CIDR range such as 10.0.0.0/8;"
                    + " repeat it or separate with commas; default $MOCKSY_TRUSTED_PROXIES). Only for requests from it"
                    + " is the client taken from X-Forwarded-For (the right-most address that is not a trusted"
                    + " proxy); from anywhere else the header is ignored.")
    java.util.List<String> trustedProxies;

    @Option(
            names = "--public-url",
            paramLabel = "URL",
            defaultValue = "${env:MOCKSY_PUBLIC_URL}",
            description = "The address users open, e.g. https://mocksy.example.com, for the links in the server's"
                    + " e-mails (default: $MOCKSY_PUBLIC_URL, else http://HOST:PORT of this server).")
    String publicUrl;

    @Option(
            names = "--smtp-host",
            paramLabel = "HOST",
            defaultValue = "${env:MOCKSY_SMTP_HOST}",
            description = "The mail server reports and password reset links are sent through (default:"
                    + " $MOCKSY_SMTP_HOST). Without one the server sends no e-mail and its pages say so.")
    String smtpHost;

    @Option(
            names = "--smtp-port",
            paramLabel = "PORT",
            defaultValue = "${env:MOCKSY_SMTP_PORT}",
            description = "The mail server's port (default: $MOCKSY_SMTP_PORT, else 587 with starttls, 465 with ssl, 25"
                    + " with off).")
    Integer smtpPort;

    @Option(
            names = "--smtp-user",
            paramLabel = "USER",
            defaultValue = "${env:MOCKSY_SMTP_USERNAME}",
            description = "The login at the mail server (default: $MOCKSY_SMTP_USERNAME); its password is read from"
                    + " $MOCKSY_SMTP_PASSWORD or --smtp-password-file, never from the command line.")
    String smtpUser;

    @Option(
            names = "--smtp-password-file",
            paramLabel = "FILE",
            description = "A file holding the mail login's password (instead of $MOCKSY_SMTP_PASSWORD).")
    Path smtpPasswordFile;

    @Option(
            names = "--smtp-from",
            paramLabel = "ADDRESS",
            defaultValue = "${env:MOCKSY_SMTP_FROM}",
            description = "The sender of the server's e-mails, e.g. mocksy@example.com (default: $MOCKSY_SMTP_FROM).")
    String smtpFrom;

    @Option(
            names = "--smtp-tls",
            paramLabel = "MODE",
            defaultValue = "${env:MOCKSY_SMTP_TLS}",
            description = "starttls (default: the server must offer it), ssl (TLS from the start) or off (only for a"
                    + " mail server on this machine); default $MOCKSY_SMTP_TLS.")
    String smtpTls;

    ServeCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (home.provider != null || home.model != null || home.baseUrl != null) {
            throw new IllegalArgumentException("serve takes no --provider, --model or --base-url: each user chooses a"
                    + " language model and stores their own key in Settings; the server runs offline otherwise");
        }
        PlatformSettings settings = PlatformSettings.builder()
                .host(host)
                .port(port)
                .home(home.path())
                .storeUrl(home.storeUrl())
                .secureCookies(secureCookies)
                .mail(mail())
                .publicUrl(publicUrl)
                .trustedProxies(trustedProxies)
                .build();
        PlatformServer server = PlatformServer.start(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "mocksy-serve-stop"));
        String shown = host.equals("0.0.0.0") ? "localhost" : host;
        terminal.out().println("Mocksy is running at http://" + shown + ":" + server.port() + "/ (Ctrl+C stops it)");
        terminal.out()
                .println("Data: " + home.path() + "; interviews run offline unless a user chooses a language"
                        + " model and stores their own key in Settings.");
        terminal.out()
                .println(
                        settings.mail() == null
                                ? "E-mail: off (start with --smtp-host and --smtp-from to send reports and password reset links)."
                                : "E-mail: through " + settings.mail().host() + ":"
                                        + settings.mail().port() + ".");
        server.awaitStop();
        return 0;
    }

    /** The mail server of the flags and environment, or null when no host is given. */
    private MailSettings mail() {
        if (smtpHost == null || smtpHost.isBlank()) {
            if (smtpFrom != null || smtpUser != null || smtpPasswordFile != null) {
                throw new IllegalArgumentException(
                        "the SMTP settings need a mail server: add --smtp-host HOST (or" + " set MOCKSY_SMTP_HOST)");
            }
            return null;
        }
        String password = System.getenv("MOCKSY_SMTP_PASSWORD");
        if (smtpPasswordFile != null) {
            try {
                password = Files.readString(smtpPasswordFile).strip();
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read the SMTP password file " + smtpPasswordFile + ": "
                        + e.getClass().getSimpleName());
            }
        }
        return new MailSettings(
                smtpHost,
                smtpPort == null ? 0 : smtpPort,
                smtpUser,
                password,
                smtpFrom,
                MailSettings.Tls.parse(smtpTls));
    }
}
