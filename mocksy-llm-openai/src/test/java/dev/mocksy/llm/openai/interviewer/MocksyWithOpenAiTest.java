package dev.mocksy.llm.openai.interviewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mocksy.AuthenticationException;
import dev.mocksy.Mocksy;
import dev.mocksy.evaluation.Evaluation;
import dev.mocksy.http.RetryPolicy;
import dev.mocksy.internal.MocksyJson;
import dev.mocksy.interview.InterviewSession;
import dev.mocksy.llm.interviewer.LlmHints;
import dev.mocksy.llm.openai.OpenAiLanguageModel;
import dev.mocksy.llm.openai.interviewer.ScriptedLlm.Prompt;
import dev.mocksy.question.Question;
import dev.mocksy.report.InterviewReport;
import dev.mocksy.store.FileInterviewStore;
import dev.mocksy.store.InMemoryInterviewStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole interview through {@link Mocksy} with the OpenAI provider against a scripted loopback server. */
class MocksyWithOpenAiTest {

    private ScriptedLlm llm;

    @BeforeEach
    void start() throws Exception {
        llm = new ScriptedLlm();
    }

    @AfterEach
    void stop() throws Exception {
        llm.close();
    }

    @Test
    void should_run_a_personal_adaptive_interview_with_llm_evaluation_and_report() {
        String answer = "In the ledger we made every consumer idempotent by keying writes on the event id, and we"
                + " kept a replay job that re-read offsets from the start of the day.";
        String followUpAnswer = "Failed events went to a dead letter topic after three retries, and we alerted on it.";
        llm.reply(
                        Prompt.FIRST_QUESTION,
                        LlmQuestionGeneratorTest.question(
                                "You moved the payments ledger to Kafka streams: how did you keep balances correct?",
                                "TECHNICAL"))
                .reply(
                        Prompt.EVALUATE,
                        LlmAnswerEvaluatorTest.verdict(7, "keying writes on the event id", false, false))
                .reply(
                        Prompt.FOLLOW_UP,
                        LlmQuestionGeneratorTest.followUp(
                                true,
                                "a replay job that re-read offsets",
                                "You mentioned a replay job that re-read offsets: what happened to events that kept failing?"))
                .reply(Prompt.EVALUATE, LlmAnswerEvaluatorTest.verdict(8, "dead letter topic", false, false))
                .reply(
                        Prompt.REPORT,
                        """
                        {"strengths": ["Idempotent consumers keyed on the event id"],
                         "improvements": ["Quantify the replay cost"],
                         "actionItems": ["Practise a failure story", "Prepare numbers", "Draw the ledger flow"],
                         "assessment": "Solid, specific answers about the ledger migration."}
                        """);
        Mocksy mocksy = Mocksy.builder()
                .isolated()
                .languageModel(llm.model())
                .store(new InMemoryInterviewStore())
                .build();

        InterviewSession session = mocksy.startInterview(
                LlmQuestionGeneratorTest.PLAN.toBuilder().questionCount(1).build(), LlmQuestionGeneratorTest.PROFILE);
        Question first = session.start();
        Evaluation firstEvaluation = session.submitAnswer(answer);
        Question followUp = session.next().orElseThrow();
        Evaluation followUpEvaluation = session.submitAnswer(followUpAnswer);
        boolean more = session.next().isPresent();
        InterviewReport report = session.report();

        assertThat(first.text()).contains("payments ledger");
        assertThat(firstEvaluation.method()).isEqualTo("llm:openai/gpt-4.1-mini");
        assertThat(firstEvaluation.overall()).isEqualTo(7);
        assertThat(followUp.text()).contains("replay job that re-read offsets");
        assertThat(followUpEvaluation.overall()).isEqualTo(8);
        assertThat(more).isFalse();
        assertThat(report.strengths()).containsExactly("Idempotent consumers keyed on the event id");
        assertThat(report.actionItems()).hasSize(3);
        assertThat(report.assessment()).contains("ledger migration");
        assertThat(report.heuristicParts()).isEmpty();
        assertThat(llm.calls(Prompt.REPORT).get(0).user()).contains(answer).contains(followUpAnswer);
    }

    @Test
    void should_write_no_key_into_the_journal_or_the_report(@TempDir Path journal) throws Exception {
        String canary = "sk-CANARY-journal-5f1e2d3c4b";
        llm.reply(
                        Prompt.NEXT_QUESTION,
                        LlmQuestionGeneratorTest.question("How do you size a thread pool?", "TECHNICAL"))
                .reply(Prompt.EVALUATE, LlmAnswerEvaluatorTest.verdict(6, "queue length", false, false))
                .reply(Prompt.FOLLOW_UP, LlmQuestionGeneratorTest.followUp(false, "", ""))
                .fail(Prompt.REPORT, 401);
        Mocksy mocksy = Mocksy.builder()
                .isolated()
                .languageModel(OpenAiLanguageModel.builder()
                        .apiKey(canary)
                        .baseUrl(llm.baseUrl())
                        .retryPolicy(RetryPolicy.none())
                        .build())
                .store(new FileInterviewStore(journal))
                .build();

        InterviewSession session = mocksy.startInterview(
                LlmQuestionGeneratorTest.PLAN.toBuilder().questionCount(1).build());
        session.start();
        session.submitAnswer("I measure the queue length and the latency, then size the pool to the cores.");
        session.next();
        InterviewReport report = session.report();

        assertThat(report.heuristicParts()).anyMatch(part -> part.contains("language model was unavailable"));
        assertThat(report.strengths()).containsExactly("You answered.");
        assertThat(MocksyJson.mapper().writeValueAsString(report)).doesNotContain(canary);
        try (Stream<Path> files = Files.walk(journal)) {
            List<Path> written = files.filter(Files::isRegularFile).toList();
            assertThat(written).isNotEmpty();
            for (Path file : written) {
                assertThat(Files.readString(file)).doesNotContain(canary);
            }
        }
    }

    @Test
    void should_list_answers_the_offline_evaluator_scored_as_heuristic_parts_of_the_report() {
        llm.reply(
                        Prompt.NEXT_QUESTION,
                        LlmQuestionGeneratorTest.question("How do you size a thread pool?", "TECHNICAL"))
                .fail(Prompt.EVALUATE, 503)
                .reply(Prompt.FOLLOW_UP, LlmQuestionGeneratorTest.followUp(false, "", ""))
                .reply(
                        Prompt.REPORT,
                        """
                        {"strengths": ["Measured before sizing"], "improvements": ["Name the formula"],
                         "actionItems": ["One", "Two", "Three"], "assessment": "Good start."}
                        """);
        Mocksy mocksy = Mocksy.builder()
                .isolated()
                .languageModel(llm.model())
                .store(new InMemoryInterviewStore())
                .build();
        InterviewSession session = mocksy.startInterview(
                LlmQuestionGeneratorTest.PLAN.toBuilder().questionCount(1).build());
        session.start();

        Evaluation evaluation = session.submitAnswer("I measure the queue length, then size the pool to the cores.");
        session.next();
        InterviewReport report = session.report();

        assertThat(evaluation.method()).isEqualTo("fallback:keyword");
        assertThat(report.heuristicParts()).containsExactly("evaluation of 1 of 1 answers");
        assertThat(report.strengths()).containsExactly("Measured before sizing");
    }

    @Test
    void should_keep_an_explicitly_given_strategy_unwrapped() {
        Mocksy mocksy = Mocksy.builder()
                .isolated()
                .languageModel(llm.model())
                .answerEvaluator(new OfflineStrategies.KeywordEvaluator())
                .store(new InMemoryInterviewStore())
                .build();

        Evaluation evaluation = mocksy.evaluate(OfflineStrategies.INDEX_QUESTION, "Indexes make lookups faster.");

        assertThat(evaluation.method()).isEqualTo("keyword");
        assertThat(llm.calls()).isEmpty();
    }

    @Test
    void should_run_offline_when_the_provider_on_the_class_path_has_no_key() {
        Mocksy mocksy =
                Mocksy.builder().isolated().store(new InMemoryInterviewStore()).build();

        assertThat(mocksy.languageModel()).isEmpty();
        assertThat(mocksy.evaluate(OfflineStrategies.INDEX_QUESTION, "Indexes make lookups faster.")
                        .method())
                .isEqualTo("keyword");
    }

    @Test
    void should_stop_with_a_clear_message_when_the_chosen_provider_has_no_key() {
        assertThatThrownBy(() -> Mocksy.builder()
                        .isolated()
                        .setting("mocksy.language-model", "openai")
                        .store(new InMemoryInterviewStore())
                        .build())
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("OPENAI_API_KEY");
    }

    @Test
    void should_give_hints_from_the_model_and_from_the_question_when_it_fails() {
        llm.reply(
                Prompt.HINT,
                """
                {"hint": "Think about what every insert has to do.", "outline": ["Reads", "Writes", "Space"]}
                """);
        llm.fail(Prompt.HINT, 500);
        LlmHints hints = new LlmHints(llm.model());

        LlmHints.Hint fromModel = hints.hint(OfflineStrategies.INDEX_QUESTION, "Indexes make lookups faster.");
        LlmHints.Hint offline = hints.hint(OfflineStrategies.INDEX_QUESTION, "Indexes make lookups faster.");

        assertThat(fromModel.fromModel()).isTrue();
        assertThat(fromModel.hint()).contains("insert");
        assertThat(fromModel.outline()).containsExactly("Reads", "Writes", "Space");
        assertThat(offline.fromModel()).isFalse();
        assertThat(offline.hint()).contains("Indexes slow down writes and take space");
        assertThat(offline.outline()).isEqualTo(OfflineStrategies.INDEX_QUESTION.modelAnswer());
    }
}
