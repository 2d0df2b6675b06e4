package dev.mocksy.llm.openai.interviewer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mocksy.http.RetryPolicy;
import dev.mocksy.internal.MocksyJson;
import dev.mocksy.llm.openai.OpenAiLanguageModel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A loopback OpenAI-compatible server that answers each kind of interviewer prompt from its own script, in the exact
 * Chat Completions format, and keeps every request for inspection.
 */
public final class ScriptedLlm extends Dispatcher implements AutoCloseable {

    /** The interviewer's prompts, told apart by their opening words. */
    public enum Prompt {
        EVALUATE("Grade one answer"),
        FIRST_QUESTION("Open the interview"),
        NEXT_QUESTION("Ask the next main question"),
        FOLLOW_UP("Decide whether to ask one follow-up"),
        PROFILE("Read the resume"),
        REPORT("Write the feedback"),
        HINT("A candidate is practising");

        final String opening;

        Prompt(String opening) {
            this.opening = opening;
        }
    }

    /** One request the server received. */
    public record Call(Prompt prompt, JsonNode body) {

        public String system() {
            for (JsonNode message : body.get("messages")) {
                if (message.get("role").asText().equals("system")) {
                    return message.get("content").asText();
                }
            }
            return "";
        }

        /** The first user message: the prompt itself. */
        public String user() {
            for (JsonNode message : body.get("messages")) {
                if (message.get("role").asText().equals("user")) {
                    return message.get("content").asText();
                }
            }
            return "";
        }

        public List<JsonNode> messages() {
            List<JsonNode> all = new ArrayList<>();
            body.get("messages").forEach(all::add);
            return all;
        }
    }

    private final MockWebServer server = new MockWebServer();
    private final Map<Prompt, Deque<MockResponse>> scripts = new EnumMap<>(Prompt.class);
    private final List<Call> calls = new ArrayList<>();

    public ScriptedLlm() throws Exception {
        server.setDispatcher(this);
        server.start();
    }

    /** Scripts the next reply to this kind of prompt: the content of the assistant's message. */
    public synchronized ScriptedLlm reply(Prompt prompt, String content) {
        scripts.computeIfAbsent(prompt, p -> new ArrayDeque<>()).add(completion(content));
        return this;
    }

    /** Scripts an HTTP failure for this kind of prompt. */
    public synchronized ScriptedLlm fail(Prompt prompt, int status) {
        scripts.computeIfAbsent(prompt, p -> new ArrayDeque<>())
                .add(new MockResponse()
                        .setResponseCode(status)
                        .setHeader("Content-Type", "application/json")
                        .setBody("{\"error\": {\"message\": \"scripted failure\", \"type\": \"server_error\"}}"));
        return this;
    }

    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    public synchronized List<Call> calls(Prompt prompt) {
        return calls.stream().filter(c -> c.prompt() == prompt).toList();
    }

    public String baseUrl() {
        return server.url("/v1").toString();
    }

    public OpenAiLanguageModel model() {
        return OpenAiLanguageModel.builder()
                .apiKey("sk-scripted-000000000000")
                .baseUrl(server.url("/v1").toString())
                .retryPolicy(RetryPolicy.none())
                .build();
    }

    @Override
    public synchronized MockResponse dispatch(RecordedRequest request) {
        try {
            JsonNode body = MocksyJson.mapper().readTree(request.getBody().readUtf8());
            String user = "";
            for (JsonNode message : body.get("messages")) {
                if (message.get("role").asText().equals("user")) {
                    user = message.get("content").asText();
                    break;
                }
            }
            for (Prompt prompt : Prompt.values()) {
                if (user.startsWith(prompt.opening)) {
                    calls.add(new Call(prompt, body));
                    Deque<MockResponse> script = scripts.get(prompt);
                    if (script == null || script.isEmpty()) {
                        return new MockResponse().setResponseCode(500).setBody("no scripted reply for " + prompt);
                    }
                    return script.poll();
                }
            }
            return new MockResponse().setResponseCode(400).setBody("unknown prompt: " + user);
        } catch (Exception e) {
            return new MockResponse().setResponseCode(400).setBody(String.valueOf(e));
        }
    }

    private static MockResponse completion(String content) {
        String quoted = MocksyJson.mapper().getNodeFactory().textNode(content).toString();
        return new MockResponse()
                .setHeader("Content-Type", "application/json")
                .setBody("{\"id\": \"chatcmpl-s\", \"object\": \"chat.completion\", \"created\": 1741569952,"
                        + " \"model\": \"gpt-4.1-mini-2025-04-14\", \"choices\": [{\"index\": 0, \"message\":"
                        + " {\"role\": \"assistant\", \"content\": " + quoted + ", \"refusal\": null},"
                        + " \"finish_reason\": \"stop\"}], \"usage\": {\"prompt_tokens\": 100,"
                        + " \"completion_tokens\": 50, \"total_tokens\": 150}}");
    }

    @Override
    public void close() throws java.io.IOException {
        server.shutdown();
    }
}
