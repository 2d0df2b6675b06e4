package dev.mocksy.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mocksy.examples.web.http.Route;
import io.javalin.router.ParsedEndpoint;
import io.javalin.websocket.WsHandlerEntry;
import io.javalin.websocket.WsHandlerType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The platform's API on a real server (loopback, SQLite in a temporary directory), driven like a browser would. */
class PlatformApiTest {

    @TempDir
    static Path home;

    static PlatformServer server;
    static MockWebServer openAi;

    /** User A's finished interview, which user B then tries to reach. */
    static String ownersSession;

    static String ownersQuestion;
    static String ownersShare;
    static ApiClient owner;

    @BeforeAll
    static void start() throws Exception {
        openAi = new MockWebServer();
        openAi.start();
        server = PlatformServer.start(
                PlatformSettings.builder().home(home).port(0).build(),
                builder -> builder.setting(
                        "mocksy.openai.base-url", openAi.url("/v1").toString()));
        owner = ApiClient.signedUp(server.port(), "owner");
        JsonNode session = owner.post(
                        "/api/interviews",
                        "{\"replies\":[\"backend\",\"technical\",\"mid\",\"\",\"2\"," + "\"Java\",\"\",\"\"]}")
                .json();
        ownersSession = session.get("id").asText();
        ownersQuestion = session.get("question").get("id").asText();
        owner.post(
                "/api/interviews/" + ownersSession + "/answers",
                "{\"text\":\"Virtual threads are cheap threads"
                        + " scheduled by the JVM onto carrier threads; they help blocking I/O.\"}");
        owner.post("/api/interviews/" + ownersSession + "/notes", "{\"text\":\"Mention pinning next time\"}");
        owner.post("/api/interviews/" + ownersSession + "/end", "{}");
        ownersShare = owner.post("/api/interviews/" + ownersSession + "/shares", null)
                .json()
                .get("id")
                .asText();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        openAi.shutdown();
    }

    @Test
    void should_document_every_route_the_server_registered() {
        JsonNode paths = owner.get("/api/openapi.json").json().get("paths");
        List<String> registered = new ArrayList<>();
        for (ParsedEndpoint endpoint : server.app().unsafe.internalRouter.allHttpHandlers()) {
            if (endpoint.endpoint.method.isHttpMethod()) {
                registered.add(endpoint.endpoint.method.name().toLowerCase(Locale.ROOT) + " " + endpoint.endpoint.path);
            }
        }
        for (WsHandlerEntry socket : server.app().unsafe.internalRouter.allWsHandlers()) {
            if (socket.getType() == WsHandlerType.WEBSOCKET) {
                registered.add("get " + socket.getPath());
            }
        }

        assertThat(registered).hasSizeGreaterThan(35);
        for (String route : registered) {
            String method = route.substring(0, route.indexOf(' '));
            String path = route.substring(route.indexOf(' ') + 1);
            assertThat(paths.has(path)).as("documented: " + route).isTrue();
            JsonNode operation = paths.get(path).get(method);
            assertThat(operation).as("documented: " + route).isNotNull();
            assertThat(operation.get("summary").asText()).as(route).isNotBlank();
            if (path.contains("{id}")) {
                assertThat(operation.get("parameters").findValuesAsText("name")).contains("id");
            }
        }
    }

    @Test
    void should_set_security_headers_on_pages_and_api() {
        for (String path : List.of("/", "/api/session")) {
            ApiClient.Reply reply = new ApiClient(server.port()).get(path);
            String policy =
                    reply.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(policy).contains("script-src 'self'").contains("frame-ancestors 'none'");
            assertThat(policy.substring(
                            policy.indexOf("script-src"), policy.indexOf(';', policy.indexOf("script-src"))))
                    .doesNotContain("unsafe-inline");
            assertThat(reply.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(reply.headers().firstValue("X-Frame-Options")).contains("DENY");
        }
    }

    @Test
    void should_issue_an_http_only_same_site_login_cookie_and_store_only_the_password_hash() throws Exception {
        ApiClient client = new ApiClient(server.port());
        ApiClient.Reply reply = client.post(
                "/api/accounts", "{\"email\":\"cookie@example.com\",\"password\":\"a very" + " long password\"}");

        assertThat(reply.status()).isEqualTo(201);
        List<String> cookies = reply.headers().allValues("Set-Cookie");
        assertThat(cookies).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("mocksy_login=")
                .contains("HttpOnly")
                .contains("SameSite=Lax"));
        assertThat(client.get("/api/session").json().get("authenticated").asBoolean())
                .isTrue();
        assertThat(databaseBytes()).contains("$argon2id$").doesNotContain("a very long password");
    }

    /** The SQLite file and its write-ahead log, where recent rows are, as text. */
    private static String databaseBytes() throws java.io.IOException {
        StringBuilder text = new StringBuilder();
        for (String name : List.of("mocksy.db", "mocksy.db-wal")) {
            Path file = home.resolve(name);
            if (Files.exists(file)) {
                text.append(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return text.toString();
    }

    @Test
    void should_refuse_a_state_changing_request_without_the_csrf_token() {
        ApiClient client = ApiClient.signedUp(server.port(), "csrf");

        ApiClient.Reply refused = client.postWithoutToken("/api/interviews", "{\"replies\":[]}");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("message").asText()).contains("X-CSRF-Token");
        assertThat(client.get("/api/history").json()).isEmpty();
    }

    @Test
    void should_lock_an_address_after_five_failed_logins_even_with_the_right_password_then() {
        ApiClient client = ApiClient.signedUp(server.port(), "throttled");
        String email =
                client.get("/api/session").json().get("account").get("email").asText();
        ApiClient attacker = new ApiClient(server.port());

        for (int i = 0; i < 5; i++) {
            assertThat(attacker.post(
                                    "/api/login",
                                    "{\"email\":\"" + email + "\",\"password\":\"wrong-guess-" + i + "\"}")
                            .status())
                    .isEqualTo(401);
        }
        ApiClient.Reply locked =
                attacker.post("/api/login", "{\"email\":\"" + email + "\",\"password\":\"correct horse battery\"}");

        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void should_log_out_and_refuse_the_old_cookie() {
        ApiClient client = ApiClient.signedUp(server.port(), "leaver");
        assertThat(client.get("/api/history").status()).isEqualTo(200);

        assertThat(client.post("/api/logout", null).status()).isEqualTo(200);

        assertThat(client.get("/api/history").status()).isEqualTo(401);
    }

    static Stream<Route> sessionRoutes() {
        return server.routes().stream()
                .filter(route ->
                        route.path().contains("{id}") && !route.method().equals("WS"));
    }

    /** Every field any route reads, valid, so that only the ownership check can refuse. */
    static final String ANY_BODY = "{\"text\":\"An answer about queues\",\"typedSoFar\":\"\",\"capability\":\"video\","
            + "\"granted\":true,\"reason\":\"stop\",\"bookmarked\":true,\"address\":\"b@example.com\",\"replies\":[]}";

    @ParameterizedTest(name = "{0}")
    @MethodSource("sessionRoutes")
    void should_answer_not_found_when_another_user_calls_a_route_on_someone_elses_interview(Route route) {
        ApiClient intruder = ApiClient.signedUp(server.port(), "intruder");
        JsonNode before = owner.get("/api/interviews/" + ownersSession).json();
        String path = route.path().replace("{id}", ownersSession).replace("{questionId}", ownersQuestion);

        ApiClient.Reply reply = route.method().equals("GET")
                ? intruder.get(path)
                : path.endsWith("/frames")
                        ? intruder.postBytes(path, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10})
                        : intruder.change(route.method(), path, ANY_BODY);

        assertThat(reply.status()).as(reply.text()).isEqualTo(404);
        assertThat(reply.text()).doesNotContain("Mention pinning").doesNotContain("Virtual threads are cheap");
        JsonNode after = owner.get("/api/interviews/" + ownersSession).json();
        assertThat(after).isEqualTo(withoutClocks(before, after));
        assertThat(owner.get("/api/interviews/" + ownersSession + "/notes")
                        .json()
                        .get("notes"))
                .hasSize(1);
    }

    /** The elapsed times tick between the two reads; everything else must be unchanged. */
    private static JsonNode withoutClocks(JsonNode before, JsonNode after) {
        com.fasterxml.jackson.databind.node.ObjectNode copy = before.deepCopy();
        copy.set("elapsedSeconds", after.get("elapsedSeconds"));
        copy.set("answerElapsedSeconds", after.get("answerElapsedSeconds"));
        return copy;
    }

    @Test
    void should_not_let_another_user_revoke_a_share_or_see_someone_elses_history() {
        ApiClient intruder = ApiClient.signedUp(server.port(), "intruder");

        assertThat(intruder.delete("/api/shares/" + ownersShare).status()).isEqualTo(404);
        assertThat(intruder.get("/api/shares").json()).isEmpty();
        assertThat(intruder.get("/api/history").json()).isEmpty();
        assertThat(intruder.get("/api/progress").json().get("sessions")).isEmpty();
        assertThat(owner.get("/api/shares").json().get(0).get("revokedAt").isNull())
                .isTrue();
    }

    @Test
    void should_share_a_report_read_only_take_comments_and_stop_when_revoked() {
        ApiClient author = ApiClient.signedUp(server.port(), "sharer");
        String id = author.post("/api/interviews", "{\"replies\":[\"\",\"\",\"\",\"\",\"1\"]}")
                .json()
                .get("id")
                .asText();
        author.post(
                "/api/interviews/" + id + "/answers", "{\"text\":\"I led the migration and measured the result.\"}");
        author.post("/api/interviews/" + id + "/end", "{}");
        JsonNode share = author.post("/api/interviews/" + id + "/shares", null).json();
        String token = share.get("token").asText();
        ApiClient reviewer = new ApiClient(server.port());

        JsonNode shared = reviewer.get("/api/shared/" + token).json();
        assertThat(shared.get("owner").asText()).isEqualTo("sharer");
        assertThat(shared.get("report").get("sessionId").asText()).isEqualTo(id);
        assertThat(reviewer.post(
                                "/api/shared/" + token + "/comments",
                                "{\"author\":\"Grace\",\"body\":\"Quantify the" + " result.\"}")
                        .status())
                .isEqualTo(201);
        assertThat(author.get("/api/interviews/" + id + "/comments")
                        .json()
                        .get(0)
                        .get("body")
                        .asText())
                .isEqualTo("Quantify the result.");
        assertThat(reviewer.post("/api/interviews/" + id + "/notes", "{\"text\":\"x\"}")
                        .status())
                .as("a viewer is not logged in")
                .isEqualTo(401);

        author.delete("/api/shares/" + share.get("id").asText());

        assertThat(reviewer.get("/api/shared/" + token).status()).isEqualTo(404);
        assertThat(token).hasSizeGreaterThanOrEqualTo(43);
    }

    @Test
    void should_keep_a_users_key_encrypted_and_masked_and_use_it_only_for_that_users_requests() throws Exception {
        ApiClient keyed = ApiClient.signedUp(server.port(), "keyed");
        ApiClient other = ApiClient.signedUp(server.port(), "other");
        String key = "sk-test-" + java.util.UUID.randomUUID().toString().replace("-", "");
        assertThat(keyed.put("/api/settings/model", "{\"provider\":\"openai\"}").status())
                .as("a model needs the user's own key first")
                .isEqualTo(400);

        ApiClient.Reply stored = keyed.put("/api/settings/keys/openai", "{\"apiKey\":\"" + key + "\"}");
        JsonNode settings = keyed.put("/api/settings/model", "{\"provider\":\"openai\",\"model\":\"gpt-4o-mini\"}")
                .json();

        assertThat(stored.text()).doesNotContain(key).contains(key.substring(key.length() - 4));
        assertThat(settings.get("keys").get(0).get("masked").asText())
                .isEqualTo("••••" + key.substring(key.length() - 4));
        assertThat(keyed.get("/api/settings").text()).doesNotContain(key);
        assertThat(databaseBytes()).doesNotContain(key);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("master.key"))))
                .isEqualTo("rw-------");

        // The other user runs offline: nothing reaches the language model.
        int before = openAi.getRequestCount();
        other.post("/api/interviews", "{\"replies\":[\"\",\"\",\"\",\"\",\"1\"]}");
        assertThat(openAi.getRequestCount()).isEqualTo(before);

        // The keyed user's interview calls the model with that user's key.
        openAi.enqueue(new MockResponse()
                .setResponseCode(401)
                .setHeader("Content-Type", "application/json")
                .setBody("{\"error\":{\"message\":\"Incorrect API key provided\",\"type\":\"invalid_request_error\","
                        + "\"code\":\"invalid_api_key\"}}"));
        ApiClient.Reply started = keyed.post("/api/interviews", "{\"replies\":[\"\",\"\",\"\",\"\",\"1\"]}");
        RecordedRequest call = openAi.takeRequest(5, java.util.concurrent.TimeUnit.SECONDS);

        assertThat(call).isNotNull();
        assertThat(call.getHeader("Authorization")).isEqualTo("Bearer " + key);
        assertThat(call.getBody().readUtf8()).contains("gpt-4o-mini");
        assertThat(started.status())
                .as("a rejected key falls back to the offline interviewer")
                .isEqualTo(201);
        assertThat(started.text()).doesNotContain(key);

        assertThat(keyed.delete("/api/settings/keys/openai")
                        .json()
                        .get("provider")
                        .asText())
                .isEqualTo("offline");
        assertThat(keyed.get("/api/settings").json().get("keys")).isEmpty();
    }

    @Test
    void should_answer_a_typed_error_when_the_server_has_no_mail_server() {
        assertThat(owner.get("/api/session").json().get("mail").asBoolean()).isFalse();

        ApiClient.Reply reply = owner.post("/api/interviews/" + ownersSession + "/report/email", null);

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.json().get("error").asText()).isEqualTo("mail_not_configured");
        assertThat(reply.json().get("message").asText())
                .contains("e-mail is not configured on this server")
                .contains("--smtp-host");
        ApiClient.Reply reset =
                new ApiClient(server.port()).post("/api/password-reset", "{\"email\":\"anyone@example.com\"}");
        assertThat(reset.status()).isEqualTo(503);
        assertThat(reset.json().get("error").asText()).isEqualTo("mail_not_configured");
    }

    @Test
    void should_explain_bad_input_with_a_typed_error() {
        ApiClient client = ApiClient.signedUp(server.port(), "careless");

        JsonNode setup =
                client.post("/api/setup", "{\"replies\":[\"astronaut\"]}").json();
        assertThat(setup.get("problem").asText()).contains("astronaut");
        assertThat(setup.get("accepted").asInt()).isZero();
        assertThat(client.post("/api/accounts", "{\"email\":\"not-an-address\",\"password\":\"long enough password\"}")
                        .json()
                        .get("message")
                        .asText())
                .contains("is not an e-mail address");
        assertThat(client.post("/api/interviews", "not json").status()).isEqualTo(400);
        assertThat(client.put("/api/settings/keys/acme", "{\"apiKey\":\"abcdefghijk\"}")
                        .json()
                        .get("message")
                        .asText())
                .contains("openai, gemini or claude");
        assertThat(client.get("/api/interviews/no-such-session").status()).isEqualTo(404);
        assertThat(client.get("/api/history?from=yesterday")
                        .json()
                        .get("message")
                        .asText())
                .contains("2025-01-31");
    }
}
