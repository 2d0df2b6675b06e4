package dev.mocksy.examples.cli;

import dev.mocksy.examples.web.PlatformServer;
import dev.mocksy.examples.web.PlatformSettings;
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
                .build();
        PlatformServer server = PlatformServer.start(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "mocksy-serve-stop"));
        String shown = host.equals("0.0.0.0") ? "localhost" : host;
        terminal.out().println("Mocksy is running at http://" + shown + ":" + server.port() + "/ (Ctrl+C stops it)");
        terminal.out()
                .println("Data: " + home.path() + "; interviews run offline unless a user chooses a language"
                        + " model and stores their own key in Settings.");
        server.awaitStop();
        return 0;
    }
}
