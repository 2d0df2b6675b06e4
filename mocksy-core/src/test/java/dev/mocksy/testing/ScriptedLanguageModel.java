package dev.mocksy.testing;

import dev.mocksy.ProviderException;
import dev.mocksy.llm.ChatMessage;
import dev.mocksy.llm.ChatRequest;
import dev.mocksy.llm.ChatResponse;
import dev.mocksy.llm.FinishReason;
import dev.mocksy.llm.LanguageModel;
import dev.mocksy.llm.TokenUsage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * An in-process language model that answers each kind of interviewer prompt from its own script and keeps every
 * request: the LLM-backed providers are tested against it in core, without any network.
 */
public final class ScriptedLanguageModel implements LanguageModel {

    /** The interviewer's prompts, told apart by their opening words. */
    public enum Prompt {
        EVALUATE("Grade one answer"),
        FIRST_QUESTION("Open the interview"),
        NEXT_QUESTION("Ask the next main question"),
        FOLLOW_UP("Decide whether to ask one follow-up"),
        PROFILE("Read the resume"),
        REPORT("Write the feedback"),
        HINT("A candidate is practising");

        private final String opening;

        Prompt(String opening) {
            this.opening = opening;
        }

        static Prompt of(ChatRequest request) {
            String user = request.messages().stream()
                    .filter(m -> m.role() == ChatMessage.Role.USER)
                    .map(ChatMessage::content)
                    .findFirst()
                    .orElse("");
            for (Prompt prompt : values()) {
                if (user.startsWith(prompt.opening)) {
                    return prompt;
                }
            }
            throw new AssertionError(
                    "no script for a prompt starting: " + user.substring(0, Math.min(80, user.length())));
        }
    }

    /** One request the model received. */
    public record Call(Prompt prompt, ChatRequest request) {}

    private final Map<Prompt, Deque<Supplier<String>>> scripts = new EnumMap<>(Prompt.class);
    private final List<Call> calls = new ArrayList<>();

    /** Scripts the next reply to this kind of prompt. */
    public synchronized ScriptedLanguageModel reply(Prompt prompt, String content) {
        scripts.computeIfAbsent(prompt, p -> new ArrayDeque<>()).add(() -> content);
        return this;
    }

    /** Scripts a failure of the provider for this kind of prompt. */
    public synchronized ScriptedLanguageModel fail(Prompt prompt, ProviderException failure) {
        scripts.computeIfAbsent(prompt, p -> new ArrayDeque<>()).add(() -> {
            throw failure;
        });
        return this;
    }

    /** Every request so far, oldest first. */
    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    /** The requests of one kind. */
    public synchronized List<Call> calls(Prompt prompt) {
        return calls.stream().filter(c -> c.prompt() == prompt).toList();
    }

    @Override
    public synchronized ChatResponse chat(ChatRequest request) {
        Prompt prompt = Prompt.of(request);
        calls.add(new Call(prompt, request));
        Deque<Supplier<String>> script = scripts.get(prompt);
        if (script == null || script.isEmpty()) {
            throw new ProviderException("scripted", "no scripted reply left for " + prompt);
        }
        return new ChatResponse(script.poll().get(), TokenUsage.NONE, "scripted-1", FinishReason.STOP);
    }

    @Override
    public String name() {
        return "scripted/scripted-1";
    }

    /** A grader's verdict with the same score in every category. */
    public static String verdict(double overall, String quote) {
        String scores = ("\"technicalCorrectness\": %1$s, \"problemSolving\": %1$s, \"communication\": %1$s, "
                        + "\"depthAndCompleteness\": %1$s, \"confidenceAndClarity\": %1$s")
                .formatted(overall);
        return "{\"scores\": {" + scores + "}, \"overall\": " + overall + ", \"coveredKeyPoints\": [],"
                + " \"missedKeyPoints\": [], \"evidence\": [{\"quote\": \"" + quote + "\", \"note\": \"specific\"}],"
                + " \"suggestion\": \"Give a number.\", \"modelAnswer\": [\"Measure\", \"Index\"],"
                + " \"nonAnswer\": false, \"graderInstruction\": false}";
    }
}
