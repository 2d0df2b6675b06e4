package dev.mocksy.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two servers on different ports sharing one PostgreSQL (a fresh schema on 127.0.0.1:5432, database {@code test};
 * {@code MOCKSY_TEST_POSTGRES_URL} overrides): a login and an interview started on one continue on the other, with no
 * sticky sessions.
 */
class ScaleOutIT {

    static final String DEFAULT_POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

    @TempDir
    static Path home;

    static String server;
    static String schema;
    static PlatformServer first;
    static PlatformServer second;

    @BeforeAll
    static void start() throws SQLException {
        String url = System.getenv("MOCKSY_TEST_POSTGRES_URL");
        server = url == null || url.isBlank() ? DEFAULT_POSTGRES : url;
        boolean reachable;
        try (Connection ignored = DriverManager.getConnection(server)) {
            reachable = true;
        } catch (SQLException e) {
            reachable = false;
        }
        Tools.require(
                reachable,
                "and start PostgreSQL at 127.0.0.1:5432 (pg_ctlcluster --skip-systemctl-redirect"
                        + " $(ls /etc/postgresql) main start), or set MOCKSY_TEST_POSTGRES_URL");
        schema = "t_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        try (Connection connection = DriverManager.getConnection(server);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        }
        String shared = server + "&currentSchema=" + schema;
        // One data directory stands for the same MOCKSY_MASTER_KEY on every node.
        first = PlatformServer.start(
                PlatformSettings.builder().home(home).storeUrl(shared).port(0).build());
        second = PlatformServer.start(
                PlatformSettings.builder().home(home).storeUrl(shared).port(0).build());
    }

    @AfterAll
    static void stop() throws SQLException {
        if (first != null) {
            first.close();
        }
        if (second != null) {
            second.close();
        }
        if (schema != null) {
            try (Connection connection = DriverManager.getConnection(server);
                    Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    @Test
    void should_continue_on_the_second_server_an_interview_started_on_the_first() {
        ApiClient onFirst = ApiClient.signedUp(first.port(), "roamer");
        JsonNode started = onFirst.post(
                        "/api/interviews", "{\"replies\":[\"backend\",\"technical\",\"mid\",\"\"," + "\"2\"]}")
                .json();
        String id = started.get("id").asText();
        onFirst.put("/api/settings/keys/openai", "{\"apiKey\":\"sk-roaming-key-1234\"}");

        ApiClient onSecond = new ApiClient(onFirst, second.port());
        JsonNode seen = onSecond.get("/api/interviews/" + id).json();
        JsonNode answered = onSecond.post(
                        "/api/interviews/" + id + "/answers",
                        "{\"text\":\"I would cache the hot" + " reads and invalidate on write.\"}")
                .json();
        JsonNode backOnFirst = onFirst.get("/api/interviews/" + id).json();

        assertThat(seen.get("question").get("id").asText())
                .isEqualTo(started.get("question").get("id").asText());
        assertThat(answered.get("turns")).hasSize(1);
        assertThat(backOnFirst.get("turns").get(0).get("answer").asText()).contains("cache the hot reads");
        assertThat(backOnFirst.get("question").get("id").asText())
                .isEqualTo(answered.get("question").get("id").asText());
        assertThat(onSecond.get("/api/settings")
                        .json()
                        .get("keys")
                        .get(0)
                        .get("masked")
                        .asText())
                .as("the key stored through the first node is read by the second")
                .isEqualTo("••••1234");
        assertThat(onSecond.get("/api/history").json()).hasSize(1);
    }
}
