package dev.mocksy.llm.gemini;

import dev.mocksy.llm.LanguageModel;
import dev.mocksy.llm.LanguageModelLiveContract;
import java.util.List;

/** Against the real API; runs only when GEMINI_API_KEY is set, since it costs money and needs the network. */
class GeminiLiveIT extends LanguageModelLiveContract {

    @Override
    protected List<String> keyVariables() {
        return List.of("GEMINI_API_KEY", "GOOGLE_API_KEY");
    }

    @Override
    protected LanguageModel model(String apiKey) {
        return GeminiLanguageModel.builder().apiKey(apiKey).build();
    }
}
