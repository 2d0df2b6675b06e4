package dev.mocksy.llm.claude;

import dev.mocksy.llm.LanguageModel;
import dev.mocksy.llm.LanguageModelLiveContract;
import java.util.List;

/** Against the real API; runs only when ANTHROPIC_API_KEY is set, since it costs money and needs the network. */
class ClaudeLiveIT extends LanguageModelLiveContract {

    @Override
    protected List<String> keyVariables() {
        return List.of("ANTHROPIC_API_KEY");
    }

    @Override
    protected LanguageModel model(String apiKey) {
        return ClaudeLanguageModel.builder().apiKey(apiKey).build();
    }
}
