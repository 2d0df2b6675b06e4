package dev.mocksy.examples.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.mocksy.Mocksy;
import dev.mocksy.MocksyHome;
import dev.mocksy.examples.web.account.Accounts;
import dev.mocksy.examples.web.account.LoginThrottle;
import dev.mocksy.examples.web.account.Logins;
import dev.mocksy.examples.web.account.PasswordResets;
import dev.mocksy.examples.web.account.Resumes;
import dev.mocksy.examples.web.api.AccountRoutes;
import dev.mocksy.examples.web.api.InterviewRoutes;
import dev.mocksy.examples.web.api.Mail;
import dev.mocksy.examples.web.api.PasswordRoutes;
import dev.mocksy.examples.web.api.ProfileRoutes;
import dev.mocksy.examples.web.api.QuestionSetRoutes;
import dev.mocksy.examples.web.api.ReportRoutes;
import dev.mocksy.examples.web.api.SettingsRoutes;
import dev.mocksy.examples.web.api.ShareRoutes;
import dev.mocksy.examples.web.db.PlatformDatabase;
import dev.mocksy.examples.web.http.Api;
import dev.mocksy.examples.web.http.ClientAddress;
import dev.mocksy.examples.web.http.Errors;
import dev.mocksy.examples.web.http.OpenApiDocument;
import dev.mocksy.examples.web.http.Route;
import dev.mocksy.examples.web.http.Security;
import dev.mocksy.examples.web.keys.Facades;
import dev.mocksy.examples.web.keys.KeyCipher;
import dev.mocksy.examples.web.keys.MasterKey;
import dev.mocksy.examples.web.keys.UserSettings;
import dev.mocksy.examples.web.live.LiveAnswerSocket;
import dev.mocksy.examples.web.sets.QuestionSets;
import dev.mocksy.examples.web.share.Shares;
import dev.mocksy.spi.Capability;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The web platform: a Javalin server whose JSON API, pages and live-audio socket are clients of the {@link Mocksy}
 * facade only. Accounts, logins, keys and shares live in the same database as the journal, so several servers sharing
 * one PostgreSQL serve the same users and sessions with no sticky sessions.
 *
 * <pre>{@code
 * try (PlatformServer server = PlatformServer.start(PlatformSettings.builder().home(home).port(8080).build())) {
 *     System.out.println("Mocksy at " + server.url());
 *     server.awaitStop();
 * }
 * }</pre>
 */
public final class PlatformServer implements AutoCloseable {

    /** The largest request body accepted (resumes are up to 5 MB). */
    static final long MAX_REQUEST = 6L * 1024 * 1024;

    /** Where the pages are on the class path. */
    static final String PAGES = "/dev/mocksy/examples/web/public";

    private final PlatformDatabase database;
    private final Facades facades;
    private final PasswordRoutes passwords;
    private final LiveAnswerSocket live;
    private final Api api;
    private final Javalin app;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private PlatformServer(PlatformSettings settings, Consumer<Mocksy.Builder> adjust, Clock clock) {
        Supplier<Mocksy.Builder> base = () -> {
            Mocksy.Builder builder = Mocksy.builder()
                    .setting(MocksyHome.PROPERTY, settings.home().toString())
                    .setting(Capability.INTERVIEW_STORE.property(), "jdbc")
                    .setting("mocksy.store.url", settings.storeUrl())
                    // One pool serves every user's facade: room for readers beside the writers queued for the lock.
                    .setting("mocksy.store.pool-size", "8");
            if (settings.mail() != null) {
                settings.mail().facadeSettings().forEach(builder::setting);
            }
            adjust.accept(builder);
            return builder;
        };
        // The journal's store migrates its tables first, when the shared facade opens; the platform's go beside them.
        Mocksy shared = Facades.offline(base);
        UserSettings userSettings;
        try {
            database = PlatformDatabase.open(settings.storeUrl());
        } catch (RuntimeException e) {
            shared.close();
            throw e;
        }
        try {
            userSettings =
                    new UserSettings(database, new KeyCipher(MasterKey.load(System::getenv, settings.home())), clock);
            facades = new Facades(shared, base, userSettings, new QuestionSets(database, clock));
        } catch (RuntimeException e) {
            shared.close();
            database.close();
            throw e;
        }
        QuestionSets questionSets = new QuestionSets(database, clock);
        Accounts accounts = new Accounts(database, clock);
        Resumes resumes = new Resumes(database, clock);
        Logins logins = new Logins(database, clock);
        LoginThrottle throttle = new LoginThrottle(database, clock);
        Security security = new Security(logins, accounts, settings.secureCookies());
        ObjectMapper json = json();
        Mail mail = new Mail(settings.mail() != null);
        ClientAddress clients = new ClientAddress(settings.trustedProxies());
        passwords = new PasswordRoutes(
                accounts,
                logins,
                new PasswordResets(database, clock),
                throttle,
                facades,
                mail,
                () -> settings.publicUrl() != null ? settings.publicUrl() : ownUrl(settings.host(), port()),
                clients::of);
        ProfileRoutes profiles = new ProfileRoutes(facades, resumes);
        live = new LiveAnswerSocket(facades, security, json, InterviewRoutes::view);
        Api[] registered = new Api[1];
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(json, false));
            config.http.maxRequestSize = MAX_REQUEST;
            config.jetty.multipartConfig.maxFileSize(ProfileRoutes.MAX_RESUME_BYTES, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(MAX_REQUEST, SizeUnit.BYTES);
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = PAGES;
                files.location = Location.CLASSPATH;
            });
            config.staticFiles.enableWebjars();
            config.routes.before(security::headers);
            config.routes.before("/api/*", security::authenticate);
            Errors.register(config.routes);
            Api routes = new Api(config.routes);
            new AccountRoutes(accounts, throttle, security, facades, resumes, mail, clients::of).register(routes);
            passwords.register(routes);
            profiles.register(routes);
            new InterviewRoutes(facades, profiles, questionSets).register(routes);
            new QuestionSetRoutes(questionSets).register(routes);
            new ReportRoutes(facades, mail).register(routes);
            new SettingsRoutes(userSettings).register(routes);
            new ShareRoutes(facades, new Shares(database, clock), accounts, userSettings, questionSets)
                    .register(routes);
            routes.socket(
                    "/api/interviews/{id}/live",
                    "Answer by voice: stream the microphone, get the live"
                            + " transcript, the end of the turn and the next question",
                    "JSON events",
                    live::configure);
            routes.open(
                    "GET",
                    "/api/openapi.json",
                    "This document",
                    null,
                    "the OpenAPI 3.1 document",
                    ctx -> ctx.json(OpenApiDocument.of(registered[0].catalog(), json)));
            registered[0] = routes;
        });
        api = registered[0];
        try {
            app.start(settings.host(), settings.port());
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /**
     * Starts a server with the embedded defaults: offline interviewer, Vosk, the store of {@code settings}.
     *
     * @throws dev.mocksy.StoreException when the database cannot be reached or migrated
     * @throws IllegalArgumentException when the master key in the environment is malformed
     */
    public static PlatformServer start(PlatformSettings settings) {
        return start(settings, builder -> {});
    }

    /** Starts a server whose facades get {@code adjust} applied, e.g. a test pointing a provider at a local server. */
    public static PlatformServer start(PlatformSettings settings, Consumer<Mocksy.Builder> adjust) {
        return start(settings, adjust, Clock.systemUTC());
    }

    /** Starts a server whose own tables (logins, reset links, throttling) run on {@code clock}, for tests. */
    static PlatformServer start(PlatformSettings settings, Consumer<Mocksy.Builder> adjust, Clock clock) {
        return new PlatformServer(
                Objects.requireNonNull(settings, "settings"),
                Objects.requireNonNull(adjust, "adjust"),
                Objects.requireNonNull(clock, "clock"));
    }

    /** The JSON mapper of the API: ISO-8601 times and durations, unknown fields ignored. */
    public static ObjectMapper json() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    /** {@code http://HOST:PORT} of this server, for links when no public address is set. */
    static String ownUrl(String host, int port) {
        String name = host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host;
        return "http://" + (name.contains(":") ? "[" + name + "]" : name) + ":" + port;
    }

    /** The port it listens on. */
    public int port() {
        return app.port();
    }

    /** The routes the API registered, as the OpenAPI document describes them. */
    public List<Route> routes() {
        return api.catalog();
    }

    /** The Javalin application, for tests that inspect what is registered. */
    Javalin app() {
        return app;
    }

    /** Blocks until {@link #close()} is called (from a shutdown hook, say). */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    @Override
    public void close() {
        try {
            app.stop();
        } finally {
            passwords.close();
            live.close();
            facades.close();
            database.close();
            stopped.countDown();
        }
    }
}
