package dev.mocksy.spring;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.mocksy.Mocksy;
import dev.mocksy.evaluation.AnswerEvaluator;
import dev.mocksy.llm.LanguageModel;
import dev.mocksy.llm.LanguageModels;
import dev.mocksy.llm.langchain4j.LangChain4jLanguageModel;
import dev.mocksy.question.QuestionGenerator;
import dev.mocksy.question.QuestionSet;
import dev.mocksy.report.ReportGenerator;
import dev.mocksy.speech.SpeechToText;
import dev.mocksy.speech.TextToSpeech;
import dev.mocksy.spi.Capability;
import dev.mocksy.spi.ProviderRegistry;
import dev.mocksy.store.InterviewStore;
import dev.mocksy.vision.VisionAnalyzer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * Builds a {@link Mocksy} bean from {@code mocksy.*} properties, and the beans behind it; the application replaces any
 * of them with its own bean of the same type.
 *
 * <ul>
 *   <li>{@link MocksySettings}: the properties as Mocksy settings;
 *   <li>{@link LanguageModel}: the provider named by {@code mocksy.language-model}, else the application's LangChain4j
 *       {@code ChatModel} through the LangChain4j bridge when both are on the class path, else none (offline);
 *   <li>{@link InterviewStore}: {@code mocksy.store.*} (memory by default), closed with the context;
 *   <li>{@link Mocksy}, given every bean above and any {@link SpeechToText}, {@link TextToSpeech},
 *       {@link VisionAnalyzer}, {@link AnswerEvaluator}, {@link QuestionGenerator} or {@link ReportGenerator} bean of
 *       the application; the rest Mocksy finds on the class path when first needed.
 * </ul>
 */
@AutoConfiguration
@EnableConfigurationProperties(MocksyProperties.class)
public class MocksyAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public MocksySettings mocksySettings(MocksyProperties properties) {
        return MocksySettings.of(properties);
    }

    @Bean
    @ConditionalOnMissingBean(LanguageModel.class)
    @Conditional(LanguageModelChosen.class)
    public LanguageModel mocksyLanguageModel(MocksySettings settings) {
        String id = settings.languageModel().orElseThrow();
        return LanguageModels.create(id, null, null, settings.config());
    }

    /** The store; a database store is closed with the context (Spring infers its {@code close()}). */
    @Bean
    @ConditionalOnMissingBean
    public InterviewStore mocksyInterviewStore(MocksySettings settings) {
        return ProviderRegistry.create().create(Capability.INTERVIEW_STORE, settings.config());
    }

    @Bean
    @ConditionalOnMissingBean
    public Mocksy mocksy(
            MocksySettings settings,
            MocksyProperties properties,
            InterviewStore store,
            ObjectProvider<LanguageModel> languageModel,
            ObjectProvider<SpeechToText> speechToText,
            ObjectProvider<TextToSpeech> textToSpeech,
            ObjectProvider<VisionAnalyzer> visionAnalyzer,
            ObjectProvider<AnswerEvaluator> answerEvaluator,
            ObjectProvider<QuestionGenerator> questionGenerator,
            ObjectProvider<ReportGenerator> reportGenerator,
            ResourceLoader resources) {
        Mocksy.Builder builder = Mocksy.builder().store(store);
        settings.values().forEach(builder::setting);
        languageModel.ifUnique(builder::languageModel);
        speechToText.ifUnique(builder::speechToText);
        textToSpeech.ifUnique(builder::textToSpeech);
        visionAnalyzer.ifUnique(builder::visionAnalyzer);
        answerEvaluator.ifUnique(builder::answerEvaluator);
        questionGenerator.ifUnique(builder::questionGenerator);
        reportGenerator.ifUnique(builder::reportGenerator);
        for (String location : properties.getQuestionSets()) {
            builder.questionSet(questionSet(location.strip(), resources));
        }
        return builder.build();
    }

    /** A question set from a file path, or from a Spring resource such as {@code classpath:sets/backend.json}. */
    private static QuestionSet questionSet(String location, ResourceLoader resources) {
        if (!location.startsWith(ResourceLoader.CLASSPATH_URL_PREFIX) && !location.startsWith("file:")) {
            Path path = Path.of(location);
            if (!Files.isRegularFile(path)) {
                throw new IllegalArgumentException("mocksy.question-sets: no file at " + path.toAbsolutePath()
                        + "; give YAML or JSON files, or classpath: resources");
            }
            return QuestionSet.load(path);
        }
        Resource resource = resources.getResource(location);
        if (!resource.exists()) {
            throw new IllegalArgumentException("mocksy.question-sets: no resource " + location);
        }
        try {
            return QuestionSet.parse(location, resource.getContentAsString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("mocksy.question-sets: cannot read " + location, e);
        }
    }

    /** A LangChain4j chat model of the application serves as the language model when none is named in properties. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({LangChain4jLanguageModel.class, ChatModel.class})
    static class LangChain4jConfiguration {

        @Bean
        @ConditionalOnMissingBean(LanguageModel.class)
        @ConditionalOnBean(ChatModel.class)
        @Conditional(LanguageModelChosen.NotChosen.class)
        LanguageModel mocksyLangChain4jLanguageModel(
                ChatModel chatModel, ObjectProvider<StreamingChatModel> streamingModel) {
            return LangChain4jLanguageModel.builder()
                    .chatModel(chatModel)
                    .streamingChatModel(streamingModel.getIfUnique())
                    .build();
        }
    }
}
