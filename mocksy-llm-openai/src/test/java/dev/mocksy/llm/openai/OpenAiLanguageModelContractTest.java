package dev.mocksy.llm.openai;

import dev.mocksy.http.RetryPolicy;
import dev.mocksy.llm.LanguageModel;
import dev.mocksy.llm.LanguageModelContract;
import dev.mocksy.llm.Timeouts;
import dev.mocksy.spi.LanguageModelProvider;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

class OpenAiLanguageModelContractTest extends LanguageModelContract {

    @Override
    protected LanguageModel model(String baseUrl, String apiKey, RetryPolicy retry, Timeouts timeouts) {
        OpenAiLanguageModel.Builder builder = OpenAiLanguageModel.builder()
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
        return OpenAiFixtures.completion(text, "stop", inputTokens, outputTokens);
    }

    @Override
    protected MockResponse structuredReply(String json) {
        return OpenAiFixtures.completion(json, "stop", 40, 12);
    }

    @Override
    protected MockResponse streamReply(List<String> deltas, boolean complete) {
        return OpenAiFixtures.stream(deltas, complete);
    }

    @Override
    protected MockResponse errorReply(ErrorKind kind, int retryAfterSeconds) {
        return OpenAiFixtures.error(kind, retryAfterSeconds);
    }

    @Override
    protected MockResponse emptyReply() {
        return OpenAiFixtures.json(
                200,
                """
                {"id": "chatcmpl-1", "object": "chat.completion", "created": 1741569952,
                 "model": "gpt-4.1-mini", "choices": [],
                 "usage": {"prompt_tokens": 5, "completion_tokens": 0, "total_tokens": 5}}
                """);
    }

    @Override
    protected MockResponse refusedReply() {
        return OpenAiFixtures.json(
                200,
                """
                {"id": "chatcmpl-2", "object": "chat.completion", "created": 1741569952, "model": "gpt-4.1-mini",
                 "choices": [{"index": 0, "message": {"role": "assistant", "content": null,
                   "refusal": "I'm sorry, I cannot help with that request."}, "finish_reason": "stop"}],
                 "usage": {"prompt_tokens": 5, "completion_tokens": 9, "total_tokens": 14}}
                """);
    }

    @Override
    protected String sentKey(RecordedRequest request) {
        String header = request.getHeader("Authorization");
        return header == null ? null : header.substring("Bearer ".length());
    }

    @Override
    protected LanguageModelProvider provider() {
        return new OpenAiLanguageModelProvider();
    }

    @Override
    protected String keySetting() {
        return "openai.api-key";
    }
}
