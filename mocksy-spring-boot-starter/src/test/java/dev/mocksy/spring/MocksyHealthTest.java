package dev.mocksy.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.health.CompositeHealthContributor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthContributor;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Actuator health for the configured providers, against a server speaking OpenAI's model list. */
class MocksyHealthTest {

    static final String KEY = MocksyAutoConfigurationTest.KEY;

    @TempDir
    Path dir;

    final MockWebServer server = new MockWebServer();
    ApplicationContextRunner runner;

    @BeforeEach
    void setUp() throws Exception {
        server.start();
        runner = new ApplicationContextRunner()
                .withConfiguration(
                        AutoConfigurations.of(MocksyAutoConfiguration.class, MocksyHealthConfiguration.class))
                .withPropertyValues("mocksy.home=" + dir);
    }

    @AfterEach
    void tearDown() throws Exception {
        server.shutdown();
    }

    private ApplicationContextRunner withOpenAi() {
        return runner.withPropertyValues(
                "mocksy.language-model=openai", "mocksy.api-key=" + KEY, "mocksy.base-url=" + server.url("/v1"));
    }

    private static Health part(HealthContributor contributor, String name) {
        return ((HealthIndicator) ((CompositeHealthContributor) contributor).getContributor(name)).health();
    }

    @Test
    void should_be_up_when_the_provider_lists_its_models_for_the_key_without_generating_anything() throws Exception {
        server.enqueue(new MockResponse()
                .setHeader("Content-Type", "application/json")
                .setBody("{\"object\": \"list\", \"data\": [{\"id\": \"gpt-4.1-mini\", \"object\": \"model\","
                        + " \"created\": 1744316542, \"owned_by\": \"system\"}]}"));

        withOpenAi().run(context -> {
            Health health = part(context.getBean("mocksyHealthContributor", HealthContributor.class), "languageModel");

            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("check", "reachable, key accepted");
            RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
            assertThat(request.getMethod()).isEqualTo("GET");
            assertThat(request.getPath()).isEqualTo("/v1/models");
            assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + KEY);
            assertThat(health.toString()).doesNotContain(KEY);
        });
    }

    @Test
    void should_be_down_naming_a_rejected_key_without_showing_it() {
        server.enqueue(new MockResponse()
                .setResponseCode(401)
                .setHeader("Content-Type", "application/json")
                .setBody("{\"error\": {\"message\": \"Incorrect API key provided: " + KEY
                        + "\", \"type\": \"invalid_request_error\", \"code\": \"invalid_api_key\"}}"));

        withOpenAi().run(context -> {
            Health health = part(context.getBean("mocksyHealthContributor", HealthContributor.class), "languageModel");

            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails().get("check").toString()).contains("rejected (HTTP 401)");
            assertThat(health.toString()).doesNotContain(KEY).doesNotContain("CANARY");
        });
    }

    @Test
    void should_be_down_when_the_provider_cannot_be_reached() throws Exception {
        server.shutdown();

        withOpenAi().run(context -> {
            Health health = part(context.getBean("mocksyHealthContributor", HealthContributor.class), "languageModel");

            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails().get("check").toString()).startsWith("unreachable");
        });
    }

    @Test
    void should_report_a_model_it_cannot_check_for_free_as_unknown() {
        runner.withUserConfiguration(MocksyAutoConfigurationTest.LangChain4jBeans.class)
                .run(context -> {
                    Health health =
                            part(context.getBean("mocksyHealthContributor", HealthContributor.class), "languageModel");

                    assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
                    assertThat(server.getRequestCount()).isZero();
                });
    }

    @Test
    void should_check_the_store_and_leave_out_a_language_model_that_is_not_configured() {
        runner.withPropertyValues("mocksy.store.url=jdbc:sqlite:" + dir.resolve("mocksy.db"))
                .run(context -> {
                    CompositeHealthContributor mocksy =
                            (CompositeHealthContributor) context.getBean("mocksyHealthContributor");
                    assertThat(mocksy.getContributor("languageModel")).isNull();
                    Health store = part(mocksy, "store");
                    assertThat(store.getStatus()).isEqualTo(Status.UP);
                    assertThat(store.getDetails()).containsEntry("store", "JdbcInterviewStore");
                });
    }

    @Test
    void should_check_a_chosen_whisper_server_and_a_missing_whisper_model_file() throws Exception {
        server.enqueue(
                new MockResponse().setHeader("Content-Type", "application/json").setBody("{\"data\": []}"));

        runner.withPropertyValues(
                        "mocksy.speech-to-text=whisper",
                        "mocksy.settings[mocksy.whisper.base-url]=" + server.url("/v1"),
                        "mocksy.settings[mocksy.whisper.api-key]=" + KEY)
                .run(context -> {
                    Health health =
                            part(context.getBean("mocksyHealthContributor", HealthContributor.class), "speechToText");
                    assertThat(health.getStatus()).isEqualTo(Status.UP);
                    assertThat(server.takeRequest(5, TimeUnit.SECONDS).getHeader("Authorization"))
                            .isEqualTo("Bearer " + KEY);
                });
        runner.withPropertyValues(
                        "mocksy.speech-to-text=whisper",
                        "mocksy.settings[mocksy.whisper.model-file]=" + dir.resolve("ggml-base.en.bin"))
                .run(context -> {
                    Health health =
                            part(context.getBean("mocksyHealthContributor", HealthContributor.class), "speechToText");
                    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
                    assertThat(health.getDetails().get("check").toString()).contains("no model file at");
                });
    }

    @Test
    void should_be_off_when_the_application_turns_it_off() {
        runner.withPropertyValues("management.health.mocksy.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean("mocksyHealthContributor"));
    }
}
