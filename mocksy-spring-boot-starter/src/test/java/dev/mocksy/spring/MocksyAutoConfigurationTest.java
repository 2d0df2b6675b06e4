package dev.mocksy.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.mocksy.Mocksy;
import dev.mocksy.ProviderSelectionException;
import dev.mocksy.interview.InterviewPlan;
import dev.mocksy.interview.InterviewType;
import dev.mocksy.interview.Level;
import dev.mocksy.interview.Role;
import dev.mocksy.llm.ChatRequest;
import dev.mocksy.llm.LanguageModel;
import dev.mocksy.llm.langchain4j.LangChain4jLanguageModel;
import dev.mocksy.llm.openai.OpenAiLanguageModel;
import dev.mocksy.store.InMemoryInterviewStore;
import dev.mocksy.store.InterviewStore;
import dev.mocksy.store.jdbc.JdbcInterviewStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class MocksyAutoConfigurationTest {

    static final String KEY = "sk-CANARY-starter-7f3a9c2e1b4d";

    @TempDir
    Path dir;

    final MockWebServer server = new MockWebServer();

    ApplicationContextRunner runner;

    @BeforeEach
    void setUp() throws Exception {
        server.start();
        runner = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(MocksyAutoConfiguration.class))
                .withPropertyValues("mocksy.home=" + dir);
    }

    @AfterEach
    void tearDown() throws Exception {
        server.shutdown();
    }

    static MockResponse completion(String text) {
        return new MockResponse()
                .setHeader("Content-Type", "application/json")
                .setBody(
                        """
                        {"id": "chatcmpl-1", "object": "chat.completion", "created": 1741569952, "model": "gpt-4.1-mini",
                         "choices": [{"index": 0, "message": {"role": "assistant", "content": "%s"},
                                      "finish_reason": "stop"}],
                         "usage": {"prompt_tokens": 5, "completion_tokens": 3, "total_tokens": 8}}
                        """
                                .formatted(text));
    }

    static InterviewPlan plan() {
        return InterviewPlan.builder()
                .role(Role.BACKEND)
                .type(InterviewType.TECHNICAL)
                .level(Level.MID)
                .questionCount(1)
                .build();
    }

    @Test
    void should_build_an_offline_mocksy_with_sessions_in_memory_when_nothing_is_configured() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(Mocksy.class).doesNotHaveBean(LanguageModel.class);
            Mocksy mocksy = context.getBean(Mocksy.class);
            assertThat(mocksy.languageModel()).isEmpty();
            assertThat(context.getBean(InterviewStore.class)).isInstanceOf(InMemoryInterviewStore.class);
            assertThat(mocksy.startInterview(plan()).start().text()).isNotBlank();
        });
    }

    @Test
    void should_create_the_provider_named_in_the_properties_with_its_key_and_address() {
        server.enqueue(completion("Hello from the mock"));
        runner.withPropertyValues(
                        "mocksy.language-model=openai",
                        "mocksy.api-key=" + KEY,
                        "mocksy.model=gpt-4.1-mini",
                        "mocksy.base-url=" + server.url("/v1"))
                .run(context -> {
                    LanguageModel model = context.getBean(LanguageModel.class);
                    assertThat(model).isInstanceOf(OpenAiLanguageModel.class);
                    assertThat(context.getBean(Mocksy.class).languageModel()).isPresent();

                    String reply =
                            model.chat(ChatRequest.builder().user("Hi").build()).text();

                    assertThat(reply).isEqualTo("Hello from the mock");
                    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
                    assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + KEY);
                    assertThat(request.getBody().readUtf8()).contains("gpt-4.1-mini");
                    assertThat(context.getBean(MocksyProperties.class).toString())
                            .doesNotContain(KEY);
                    assertThat(context.getBean(MocksySettings.class).toString()).doesNotContain(KEY);
                });
    }

    @Test
    void should_use_the_applications_own_beans_instead_of_its_own() {
        runner.withUserConfiguration(OwnBeans.class)
                .withPropertyValues("mocksy.store.url=jdbc:sqlite:" + dir.resolve("ignored.db"))
                .run(context -> {
                    assertThat(context).hasSingleBean(LanguageModel.class).hasSingleBean(InterviewStore.class);
                    assertThat(context.getBean(InterviewStore.class)).isSameAs(OwnBeans.STORE);
                    assertThat(context.getBean(Mocksy.class)
                                    .languageModel()
                                    .orElseThrow()
                                    .name())
                            .isEqualTo(context.getBean(LanguageModel.class).name());
                    assertThat(dir.resolve("ignored.db")).doesNotExist();
                });
    }

    @Test
    void should_turn_a_langchain4j_chat_model_bean_into_the_language_model() {
        runner.withUserConfiguration(LangChain4jBeans.class).run(context -> {
            assertThat(context.getBean(LanguageModel.class)).isInstanceOf(LangChain4jLanguageModel.class);
            assertThat(context.getBean(Mocksy.class).languageModel()).isPresent();
        });
    }

    @Test
    void should_prefer_the_provider_named_in_the_properties_over_a_langchain4j_bean() {
        runner.withUserConfiguration(LangChain4jBeans.class)
                .withPropertyValues(
                        "mocksy.language-model=openai", "mocksy.api-key=" + KEY, "mocksy.base-url=" + server.url("/v1"))
                .run(context ->
                        assertThat(context.getBean(LanguageModel.class)).isInstanceOf(OpenAiLanguageModel.class));
    }

    @Test
    void should_keep_sessions_in_the_database_of_the_store_url_across_restarts() {
        String url = "mocksy.store.url=jdbc:sqlite:" + dir.resolve("mocksy.db");
        String[] id = new String[1];
        runner.withPropertyValues(url).run(context -> {
            assertThat(context.getBean(InterviewStore.class)).isInstanceOf(JdbcInterviewStore.class);
            var session = context.getBean(Mocksy.class).startInterview(plan());
            session.start();
            id[0] = session.id();
        });
        runner.withPropertyValues(url).run(context -> assertThat(
                        context.getBean(Mocksy.class).session(id[0]).plan().questionCount())
                .isEqualTo(1));
    }

    @Test
    void should_ask_from_the_question_sets_it_is_given() throws Exception {
        Path set = Files.writeString(
                dir.resolve("house.json"),
                """
                {"name": "house rules", "questions": [
                  {"id": "house-1", "text": "How do you review a pull request in this team?", "type": "technical",
                   "keyPoints": ["tests come first", "naming matters"]}]}
                """);
        runner.withPropertyValues("mocksy.question-sets=" + set).run(context -> {
            var session = context.getBean(Mocksy.class).startInterview(plan());
            assertThat(session.start().text()).isEqualTo("How do you review a pull request in this team?");
        });
    }

    @Test
    void should_read_a_question_set_from_the_class_path() {
        runner.withPropertyValues("mocksy.question-sets=classpath:sets/team.json")
                .run(context -> {
                    var session = context.getBean(Mocksy.class)
                            .startInterview(plan().toBuilder()
                                    .type(InterviewType.BEHAVIORAL)
                                    .build());
                    assertThat(session.start().text()).isEqualTo("How does this team decide what goes into a sprint?");
                });
        runner.withPropertyValues("mocksy.question-sets=classpath:sets/missing.json")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("no resource classpath:sets/missing.json"));
    }

    @Test
    void should_fail_at_start_up_naming_the_property_that_is_wrong() {
        runner.withPropertyValues("mocksy.store.type=redis").run(context -> assertThat(context)
                .getFailure()
                .rootCause()
                .hasMessageContaining("mocksy.store.type must be memory, file or jdbc, got redis"));
        runner.withPropertyValues("mocksy.api-key=" + KEY).run(context -> {
            assertThat(context).getFailure().rootCause().hasMessageContaining("mocksy.language-model");
            assertThat(context.getStartupFailure().toString()).doesNotContain(KEY);
        });
        runner.withPropertyValues("mocksy.question-sets=" + dir.resolve("missing.yaml"))
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("mocksy.question-sets: no file at"));
        runner.withPropertyValues("mocksy.language-model=mistral").run(context -> assertThat(context)
                .getFailure()
                .rootCause()
                .isInstanceOf(ProviderSelectionException.class)
                .hasMessageContaining("mistral"));
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnBeans {
        static final InterviewStore STORE = new InMemoryInterviewStore();

        @Bean
        InterviewStore applicationStore() {
            return STORE;
        }

        @Bean
        LanguageModel applicationModel() {
            return OpenAiLanguageModel.builder()
                    .apiKey(KEY)
                    .baseUrl("http://127.0.0.1:9/v1")
                    .model("gpt-4.1-nano")
                    .build();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class LangChain4jBeans {
        @Bean
        ChatModel chatModel() {
            return OpenAiChatModel.builder()
                    .baseUrl("http://127.0.0.1:9/v1")
                    .apiKey(KEY)
                    .modelName("gpt-4.1-mini")
                    .build();
        }
    }
}
