package dev.mocksy.spring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Mocksy's settings in {@code application.yml} / {@code application.properties}, e.g.
 *
 * <pre>
 * mocksy:
 *   language-model: openai          # openai, gemini, claude, or offline (the default)
 *   api-key: ${OPENAI_API_KEY}
 *   model: gpt-4.1-mini
 *   store:
 *     url: jdbc:postgresql://db/mocksy?user=mocksy
 *   speech-to-text: vosk
 *   text-to-speech: marytts
 *   question-sets: [config/java-backend.yaml]
 *   settings:
 *     mocksy.whisper.language: en
 * </pre>
 *
 * <p>Each maps onto a Mocksy setting of the same name; {@code settings} passes any other setting as it is.
 */
@ConfigurationProperties(prefix = "mocksy")
public class MocksyProperties {

    /** Where Mocksy keeps files (sessions, reports, models it unpacks); default {@code $MOCKSY_HOME}, else ~/.mocksy. */
    private String home;

    /** The language model provider: openai, gemini, claude or offline; unset or offline sends nothing anywhere. */
    private String languageModel;

    /** The chosen provider's API key; shown nowhere (not in health details, logs or errors). */
    private String apiKey;

    /** The provider's model, e.g. gpt-4.1-mini; default the provider's own. */
    private String model;

    /** The provider's API address, e.g. an OpenAI-compatible server such as Ollama or vLLM. */
    private String baseUrl;

    private final Store store = new Store();

    /** The speech-to-text provider id, e.g. vosk or whisper; default the one on the class path. */
    private String speechToText;

    /** The text-to-speech provider id, e.g. marytts or openai; default the one on the class path. */
    private String textToSpeech;

    /** The vision analyzer provider id, e.g. opencv; default the one on the class path. */
    private String visionAnalyzer;

    /** YAML or JSON question sets that replace the built-in bank: file paths, or {@code classpath:} resources. */
    private List<String> questionSets = new ArrayList<>();

    /** Any other Mocksy setting by its full name, e.g. {@code mocksy.whisper.model-file}. */
    private Map<String, String> settings = new LinkedHashMap<>();

    /** Where interview journals are kept. */
    public static class Store {

        /** memory, file or jdbc; default jdbc when a url is given, else memory. */
        private String type;

        /** The JDBC URL: jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB. */
        private String url;

        private String user;

        private String password;

        public String getType() {
            return type;
        }

        public void setType(String type) {
            this.type = type;
        }

        public String getUrl() {
            return url;
        }

        public void setUrl(String url) {
            this.url = url;
        }

        public String getUser() {
            return user;
        }

        public void setUser(String user) {
            this.user = user;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }
    }

    public String getHome() {
        return home;
    }

    public void setHome(String home) {
        this.home = home;
    }

    public String getLanguageModel() {
        return languageModel;
    }

    public void setLanguageModel(String languageModel) {
        this.languageModel = languageModel;
    }

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public String getModel() {
        return model;
    }

    public void setModel(String model) {
        this.model = model;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public Store getStore() {
        return store;
    }

    public String getSpeechToText() {
        return speechToText;
    }

    public void setSpeechToText(String speechToText) {
        this.speechToText = speechToText;
    }

    public String getTextToSpeech() {
        return textToSpeech;
    }

    public void setTextToSpeech(String textToSpeech) {
        this.textToSpeech = textToSpeech;
    }

    public String getVisionAnalyzer() {
        return visionAnalyzer;
    }

    public void setVisionAnalyzer(String visionAnalyzer) {
        this.visionAnalyzer = visionAnalyzer;
    }

    public List<String> getQuestionSets() {
        return questionSets;
    }

    public void setQuestionSets(List<String> questionSets) {
        this.questionSets = questionSets;
    }

    public Map<String, String> getSettings() {
        return settings;
    }

    public void setSettings(Map<String, String> settings) {
        this.settings = settings;
    }

    @Override
    public String toString() {
        return "MocksyProperties[languageModel=" + languageModel + ", model=" + model + ", apiKey="
                + (apiKey == null ? "none" : "[redacted]") + "]";
    }
}
