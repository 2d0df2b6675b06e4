package dev.mocksy.llm.claude;

import dev.mocksy.http.RetryPolicy;
import dev.mocksy.llm.LanguageModel;
import dev.mocksy.llm.LanguageModelContract;
import dev.mocksy.llm.Timeouts;
import dev.mocksy.spi.LanguageModelProvider;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

class ClaudeLanguageModelContractTest extends LanguageModelContract {

    @Override
    protected LanguageModel model(String baseUrl, String apiKey, RetryPolicy retry, Timeouts timeouts) {
        ClaudeLanguageModel.Builder builder = ClaudeLanguageModel.builder()
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
        return ClaudeFixtures.text(text, inputTokens, outputTokens);
    }

    @Override
    protected MockResponse structuredReply(String json) {
        return ClaudeFixtures.toolUse("verdict", json);
    }

    @Override
    protected MockResponse streamReply(List<String> deltas, boolean complete) {
        return ClaudeFixtures.stream(deltas, complete);
    }

    @Override
    protected MockResponse errorReply(ErrorKind kind, int retryAfterSeconds) {
        return ClaudeFixtures.error(kind, retryAfterSeconds);
    }

    @Override
    protected MockResponse emptyReply() {
        return ClaudeFixtures.message("[]", "end_turn", 10, 0);
    }

    @Override
    protected MockResponse refusedReply() {
        return ClaudeFixtures.message("[]", "refusal", 10, 0);
    }

    @Override
    protected String sentKey(RecordedRequest request) {
        return request.getHeader("x-api-key");
    }

    @Override
    protected LanguageModelProvider provider() {
        return new ClaudeLanguageModelProvider();
    }

    @Override
    protected String keySetting() {
        return "anthropic.api-key";
    }
}
