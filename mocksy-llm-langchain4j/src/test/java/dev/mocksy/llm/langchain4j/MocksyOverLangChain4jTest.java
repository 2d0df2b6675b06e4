package dev.mocksy.llm.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.mocksy.Mocksy;
import dev.mocksy.evaluation.Evaluation;
import dev.mocksy.interview.InterviewType;
import dev.mocksy.llm.openai.interviewer.ScriptedLlm;
import dev.mocksy.llm.openai.interviewer.ScriptedLlm.Prompt;
import dev.mocksy.question.Question;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Mocksy's LLM-backed interviewer on a LangChain4j model, against a server scripted per interviewer prompt. */
class MocksyOverLangChain4jTest {

    private static final String ANSWER = "An index speeds up reads on the filtered columns, but every insert has to"
            + " update the index, so writes get slower.";
    private static final String VERDICT =
            """
            {"scores": {"technicalCorrectness": 8, "problemSolving": 7, "communication": 8,
                        "depthAndCompleteness": 7, "confidenceAndClarity": 8},
             "overall": 7.5,
             "coveredKeyPoints": ["Indexes speed up reads on filtered columns"],
             "missedKeyPoints": ["Composite index column order"],
             "evidence": [{"quote": "every insert has to update the index", "note": "names the write cost"}],
             "suggestion": "Say how you would pick the column order.",
             "modelAnswer": ["Find the slow query", "Index the filtered columns", "Check the write cost"],
             "nonAnswer": false, "graderInstruction": false}
            """;

    private ScriptedLlm llm;

    @BeforeEach
    void start() throws Exception {
        llm = new ScriptedLlm();
    }

    @AfterEach
    void stop() throws Exception {
        llm.close();
    }

    private Mocksy mocksy(boolean jsonSchema) {
        OpenAiChatModel.OpenAiChatModelBuilder chat = OpenAiChatModel.builder()
                .baseUrl(llm.baseUrl())
                .apiKey("sk-test-langchain4j-1234")
                .modelName("gpt-4.1-mini")
                .maxRetries(0);
        if (jsonSchema) {
            chat.supportedCapabilities(Capability.RESPONSE_FORMAT_JSON_SCHEMA).strictJsonSchema(true);
        }
        return Mocksy.builder()
                .languageModel(LangChain4jLanguageModel.of(chat.build()))
                .build();
    }

    private static Question question() {
        return Question.adHoc(
                "When would you add an index to a table, and what does it cost?", InterviewType.TECHNICAL);
    }

    @Test
    void should_grade_an_answer_through_the_langchain4j_model_with_the_schema_as_response_format() {
        llm.reply(Prompt.EVALUATE, VERDICT);

        Evaluation evaluation = mocksy(true).evaluate(question(), ANSWER);

        assertThat(evaluation.method()).startsWith("llm").contains("langchain4j/open_ai");
        assertThat(evaluation.overall()).isEqualTo(7.5);
        assertThat(evaluation.suggestion()).isEqualTo("Say how you would pick the column order.");
        JsonNode sent = llm.calls(Prompt.EVALUATE).get(0).body();
        assertThat(sent.path("response_format").path("type").asText()).isEqualTo("json_schema");
        assertThat(sent.path("response_format")
                        .path("json_schema")
                        .path("schema")
                        .path("properties")
                        .has("overall"))
                .isTrue();
    }

    @Test
    void should_grade_through_the_prompt_and_the_repair_path_when_the_model_has_no_json_schema() {
        llm.reply(Prompt.EVALUATE, "Here is my verdict: " + VERDICT);

        Evaluation evaluation = mocksy(false).evaluate(question(), ANSWER);

        assertThat(evaluation.method()).startsWith("llm");
        assertThat(evaluation.overall()).isEqualTo(7.5);
        JsonNode sent = llm.calls(Prompt.EVALUATE).get(0).body();
        assertThat(sent.path("response_format").path("type").asText()).isEqualTo("json_object");
        assertThat(sent.toString()).contains("JSON Schema");
    }
}
