package dev.mocksy.internal.llm;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.mocksy.ProviderException;
import dev.mocksy.internal.MocksyJson;
import dev.mocksy.llm.ChatRequest;
import dev.mocksy.llm.ChatResponse;
import dev.mocksy.llm.JsonSchema;
import dev.mocksy.llm.LanguageModel;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks a language model for a record and gets one that passed validation, or learns why not.
 *
 * <p>The reply is parsed into the record and validated. Invalid JSON or a failed validation gets one repair attempt
 * (the model sees its reply and the problems), then one fresh re-ask; after that, or when the provider fails, the
 * caller falls back to its offline implementation.
 */
public final class StructuredCall {

    private static final Logger log = LoggerFactory.getLogger(StructuredCall.class);
    private static final PromptTemplate REPAIR = PromptTemplate.load("repair-json", "v1");
    private static final Map<Class<?>, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    /**
     * What came of the call.
     *
     * @param value the validated record, or {@code null} when the call failed
     * @param failure why it failed, or {@code null}
     * @param attempts how many model calls were made
     */
    public record Outcome<T>(T value, String failure, int attempts) {

        public Optional<T> valueIfPresent() {
            return Optional.ofNullable(value);
        }
    }

    private final LanguageModel model;

    public StructuredCall(LanguageModel model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    /**
     * Runs the call.
     *
     * @param request the prompt; its response schema is replaced by the record's
     * @param type the record to parse the reply into
     * @param validator the problems with a parsed value, empty when it is acceptable
     */
    public <T> Outcome<T> call(ChatRequest request, Class<T> type, Function<T, List<String>> validator) {
        ChatRequest structured = request.toBuilder()
                .responseSchema(SCHEMAS.computeIfAbsent(type, JsonSchema::from))
                .build();
        int attempts = 0;
        String raw;
        try {
            attempts++;
            raw = model.chat(structured).text();
        } catch (ProviderException e) {
            return failed(type, "the language model failed: " + e.getClass().getSimpleName(), attempts);
        }
        Parsed<T> first = parse(raw, type, validator);
        if (first.value != null) {
            return new Outcome<>(first.value, null, attempts);
        }
        try {
            attempts++;
            ChatRequest repair = structured.toBuilder()
                    .assistant(raw)
                    .user(REPAIR.render(Map.of("problems", String.join("\n- ", first.problems))))
                    .build();
            Parsed<T> repaired = parse(model.chat(repair).text(), type, validator);
            if (repaired.value != null) {
                return new Outcome<>(repaired.value, null, attempts);
            }
            attempts++;
            ChatResponse again = model.chat(structured);
            Parsed<T> reasked = parse(again.text(), type, validator);
            if (reasked.value != null) {
                return new Outcome<>(reasked.value, null, attempts);
            }
            return failed(type, "the reply stayed invalid after a repair and a re-ask: " + reasked.problems, attempts);
        } catch (ProviderException e) {
            return failed(type, "the language model failed: " + e.getClass().getSimpleName(), attempts);
        }
    }

    private <T> Outcome<T> failed(Class<T> type, String why, int attempts) {
        log.warn("{}: no valid {} ({}); using the offline implementation", model.name(), type.getSimpleName(), why);
        return new Outcome<>(null, why, attempts);
    }

    /** A reply read against its type: the value, or what is wrong with the reply. */
    record Parsed<T>(T value, List<String> problems) {}

    /** Reads one reply; never throws, whatever the reply holds. */
    static <T> Parsed<T> parse(String raw, Class<T> type, Function<T, List<String>> validator) {
        String json = extractJson(raw);
        T value;
        try {
            ObjectReader reader = MocksyJson.mapper()
                    .readerFor(type)
                    .with(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                    .with(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);
            value = reader.readValue(json);
        } catch (Exception e) {
            return new Parsed<>(
                    null, List.of("the reply is not valid JSON for the schema: " + firstLine(e.getMessage())));
        }
        if (value == null) {
            return new Parsed<>(null, List.of("the reply is empty"));
        }
        List<String> problems;
        try {
            problems = validator.apply(value);
        } catch (RuntimeException e) {
            problems = List.of(firstLine(e.getMessage()));
        }
        return problems.isEmpty() ? new Parsed<>(value, List.of()) : new Parsed<>(null, problems);
    }

    /** The JSON object in a reply, without the Markdown fences some models add. */
    static String extractJson(String raw) {
        if (raw == null) {
            return "";
        }
        int start = raw.indexOf('{');
        int end = raw.lastIndexOf('}');
        return start >= 0 && end > start ? raw.substring(start, end + 1) : raw.strip();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown problem";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
