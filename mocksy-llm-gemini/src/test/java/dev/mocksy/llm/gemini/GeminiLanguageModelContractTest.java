package dev.mocksy.llm.gemini;

import dev.mocksy.http.RetryPolicy;
import dev.mocksy.llm.LanguageModel;
import dev.mocksy.llm.LanguageModelContract;
import dev.mocksy.llm.Timeouts;
import dev.mocksy.spi.LanguageModelProvider;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

class GeminiLanguageModelContractTest extends LanguageModelContract {

    @Override
    protected LanguageModel model(String baseUrl, String apiKey, RetryPolicy retry, Timeouts timeouts) {
        GeminiLanguageModel.Builder builder = GeminiLanguageModel.builder()
                .baseUrl(baseUrl)
                .retryPolicy(retry)
                .timeouts(timeouts);
        if (apiKey != null) {
            builder.apiKey(apiKey);
        }
        return builder.build();
    }

    @Override
    protected MockResponse textReply(String text, int inputTokens, int outputTokens) {
        return GeminiFixtures.reply(text, "STOP", inputTokens, outputTokens);
    }

    @Override
    protected MockResponse structuredReply(String json) {
        return GeminiFixtures.reply(json, "STOP", 30, 12);
    }

    @Override
    protected MockResponse streamReply(List<String> deltas, boolean complete) {
        return GeminiFixtures.stream(deltas, complete);
    }

    @Override
    protected MockResponse errorReply(ErrorKind kind, int retryAfterSeconds) {
        return GeminiFixtures.error(kind, retryAfterSeconds);
    }

    @Override
    protected MockResponse emptyReply() {
        return GeminiFixtures.json(
                200,
                """
                {"candidates": [], "usageMetadata": {"promptTokenCount": 4, "totalTokenCount": 4},
                 "modelVersion": "gemini-2.5-flash"}
                """);
    }

    @Override
    protected MockResponse refusedReply() {
        return GeminiFixtures.json(
                200,
                """
                {"promptFeedback": {"blockReason": "SAFETY", "safetyRatings": [
                   {"category": "HARM_CATEGORY_DANGEROUS_CONTENT", "probability": "HIGH", "blocked": true}]},
                 "usageMetadata": {"promptTokenCount": 8, "totalTokenCount": 8},
                 "modelVersion": "gemini-2.5-flash"}
                """);
    }

    @Override
    protected String sentKey(RecordedRequest request) {
        return request.getHeader("x-goog-api-key");
    }

    @Override
    protected LanguageModelProvider provider() {
        return new GeminiLanguageModelProvider();
    }

    @Override
    protected String keySetting() {
        return "gemini.api-key";
    }
}
