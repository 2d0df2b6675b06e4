package dev.mocksy.llm.openai;

import dev.mocksy.llm.LanguageModel;
import dev.mocksy.llm.LanguageModelLiveContract;
import java.util.List;

/** Against the real API; runs only when OPENAI_API_KEY is set, since it costs money and needs the network. */
class OpenAiLiveIT extends LanguageModelLiveContract {

    @Override
    protected List<String> keyVariables() {
        return List.of("OPENAI_API_KEY");
    }

    @Override
    protected LanguageModel model(String apiKey) {
        return OpenAiLanguageModel.builder().apiKey(apiKey).build();
    }
}
