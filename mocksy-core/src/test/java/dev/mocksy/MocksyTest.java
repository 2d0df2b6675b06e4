package dev.mocksy;

import static dev.mocksy.testing.ScriptedLanguageModel.verdict;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mocksy.evaluation.AnswerEvaluator;
import dev.mocksy.evaluation.Evaluation;
import dev.mocksy.evaluation.HeuristicAnswerEvaluator;
import dev.mocksy.interview.InterviewContext;
import dev.mocksy.interview.InterviewEvent;
import dev.mocksy.interview.InterviewPlan;
import dev.mocksy.interview.InterviewSession;
import dev.mocksy.interview.InterviewType;
import dev.mocksy.llm.interviewer.LlmAnswerEvaluator;
import dev.mocksy.llm.interviewer.LlmQuestionGenerator;
import dev.mocksy.question.BankQuestionGenerator;
import dev.mocksy.question.Question;
import dev.mocksy.report.InterviewReport;
import dev.mocksy.spi.Capability;
import dev.mocksy.store.InMemoryInterviewStore;
import dev.mocksy.testing.CanaryLanguageModelProvider;
import dev.mocksy.testing.ScriptedLanguageModel;
import dev.mocksy.testing.ScriptedLanguageModel.Prompt;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Everything is reached through the facade; a language model is used only when chosen. */
class MocksyTest {

    private static final String QUESTION = "How did you make the payment consumer safe to replay?";
    private static final String ANSWER = "Every consumer wrote through an upsert keyed on the event id, so a replay"
            + " after a crash changed nothing; we tested it by replaying a day of production events.";

    private final InMemoryInterviewStore store = new InMemoryInterviewStore();

    private static String question(String text) {
        return """
                {"question": "%s", "kind": "TECHNICAL",
                 "keyPoints": [{"point": "Idempotent consumers", "terms": ["idempotent", "upsert"]}],
                 "followUps": ["How did you test it?"], "modelAnswer": ["Idempotency", "Replays"]}
                """
                .formatted(text);
    }

    private static InterviewPlan plan(InterviewContext context) {
        return InterviewPlan.builder()
                .role("backend")
                .type(InterviewType.TECHNICAL)
                .questionCount(1)
                .maxFollowUps(0)
                .context(context)
                .build();
    }

    @Test
    void should_run_offline_when_a_key_is_set_but_no_language_model_is_chosen() {
        int created = CanaryLanguageModelProvider.CREATED.get();

        Mocksy mocksy = Mocksy.builder()
                .isolated()
                .setting("canary.api-key", "sk-canary")
                .build();

        assertThat(mocksy.languageModel()).isEmpty();
        assertThat(mocksy.questionGenerator()).isInstanceOf(BankQuestionGenerator.class);
        assertThat(mocksy.answerEvaluator()).isInstanceOf(HeuristicAnswerEvaluator.class);
        assertThat(CanaryLanguageModelProvider.CREATED.get())
                .as("not even created")
                .isEqualTo(created);
    }

    @Test
    void should_use_a_remote_language_model_once_it_is_chosen_by_id_and_rank_the_llm_providers_first() {
        Mocksy mocksy = Mocksy.builder()
                .isolated()
                .setting("canary.api-key", "sk-canary")
                .setting("mocksy.language-model", "canary")
                .build();

        assertThat(mocksy.languageModel())
                .hasValueSatisfying(m -> assertThat(m.name()).isEqualTo("canary/test"));
        assertThat(mocksy.questionGenerator()).isInstanceOf(LlmQuestionGenerator.class);
        assertThat(mocksy.answerEvaluator()).isInstanceOf(LlmAnswerEvaluator.class);
        assertThat(Mocksy.builder()
                        .isolated()
                        .setting("canary.api-key", "sk-canary")
                        .setting("mocksy.language-model", "offline")
                        .build()
                        .languageModel())
                .isEmpty();
    }

    @Test
    void should_refuse_the_llm_provider_by_id_without_a_language_model_saying_how_to_choose_one() {
        assertThatThrownBy(() -> Mocksy.builder()
                        .isolated()
                        .setting("mocksy.answer-evaluator", "llm")
                        .build())
                .isInstanceOf(ProviderSelectionException.class)
                .hasMessageContaining("no language model is chosen")
                .hasMessageContaining("mocksy.language-model");
    }

    @Test
    void should_name_the_artifact_to_add_for_a_capability_that_is_missing() {
        Mocksy mocksy = Mocksy.builder().isolated().build();

        assertThat(mocksy.supports(Capability.SPEECH_TO_TEXT)).isFalse();
        assertThatThrownBy(mocksy::speechToText)
                .isInstanceOf(ProviderSelectionException.class)
                .hasMessageContaining("mocksy-stt-vosk");
        assertThatThrownBy(mocksy::visionAnalyzer)
                .isInstanceOf(ProviderSelectionException.class)
                .hasMessageContaining("mocksy-vision-opencv");
        assertThatThrownBy(mocksy::resumeParser)
                .isInstanceOf(ProviderSelectionException.class)
                .hasMessageContaining("mocksy-resume");
        assertThat(mocksy.deliveryAnalyzer()).isNotNull();
    }

    @Test
    void should_share_the_store_and_heavy_parts_of_another_instance_but_keep_its_own_language_model() {
        dev.mocksy.speech.SpeechToText recogniser = new dev.mocksy.speech.SpeechToText() {
            @Override
            public dev.mocksy.speech.Transcript transcribe(dev.mocksy.speech.AudioClip clip) {
                throw new UnsupportedOperationException("not called");
            }
        };
        Mocksy shared = Mocksy.builder().isolated().speechToText(recogniser).build();

        Mocksy light = Mocksy.builder()
                .isolated()
                .setting("canary.api-key", "sk-canary")
                .setting("mocksy.language-model", "canary")
                .sharing(shared)
                .build();
        InterviewSession session = light.startInterview(
                InterviewPlan.builder().role("backend").questionCount(1).build(), null, "ada");
        session.start();
        light.close();

        assertThat(shared.loadSession(session.id()).sessionId())
                .as("one store: a session of the light instance is the shared one's")
                .isEqualTo(session.id());
        assertThat(light.speechToText()).isSameAs(recogniser);
        assertThat(light.answerEvaluator()).isInstanceOf(LlmAnswerEvaluator.class);
        assertThat(shared.languageModel()).isEmpty();
        assertThat(Mocksy.builder().isolated().build().sessions().sessions())
                .as("an instance that shares nothing has its own store")
                .isEmpty();
    }

    @Test
    void should_let_an_explicit_instance_win_even_over_the_llm_backed_provider() {
        AnswerEvaluator own = request -> Evaluation.skipped(java.util.List.of());
        ScriptedLanguageModel model = new ScriptedLanguageModel();

        Mocksy mocksy = Mocksy.builder()
                .isolated()
                .languageModel(model)
                .answerEvaluator(own)
                .build();

        assertThat(mocksy.answerEvaluator()).isSameAs(own);
        assertThat(mocksy.questionGenerator()).isInstanceOf(LlmQuestionGenerator.class);
    }

    @Test
    void should_interview_with_the_llm_backed_providers_against_a_language_model() {
        ScriptedLanguageModel model = new ScriptedLanguageModel()
                .reply(Prompt.NEXT_QUESTION, question(QUESTION))
                .reply(Prompt.EVALUATE, verdict(7, "an upsert keyed on the event id"))
                .reply(
                        Prompt.REPORT,
                        """
                        {"strengths": ["Idempotent consumers keyed on the event id"],
                         "improvements": ["Quantify the replay cost"],
                         "actionItems": ["Practise a failure story", "Prepare numbers", "Draw the flow"],
                         "assessment": "Specific answers about the payment consumer."}
                        """);
        Mocksy mocksy =
                Mocksy.builder().isolated().store(store).languageModel(model).build();
        InterviewSession session = mocksy.startInterview(plan(InterviewContext.PRACTICE));

        Question asked = session.start();
        Evaluation evaluation = session.submitAnswer(ANSWER);
        session.next();
        InterviewReport report = session.report();

        assertThat(asked.text()).isEqualTo(QUESTION);
        assertThat(evaluation.overall()).isEqualTo(7);
        assertThat(evaluation.method()).startsWith("llm:scripted");
        assertThat(report.assessment()).contains("payment consumer");
        assertThat(model.calls())
                .extracting(ScriptedLanguageModel.Call::prompt)
                .containsExactly(Prompt.NEXT_QUESTION, Prompt.EVALUATE, Prompt.REPORT);
    }

    @Test
    void should_keep_an_assessment_on_the_device_unless_remote_providers_are_allowed_for_assessments() {
        ScriptedLanguageModel model = new ScriptedLanguageModel().reply(Prompt.NEXT_QUESTION, question(QUESTION));

        InterviewSession assessment = Mocksy.builder()
                .isolated()
                .languageModel(model)
                .build()
                .startInterview(plan(InterviewContext.ASSESSMENT));
        Question offline = assessment.start();

        assertThat(offline.text()).isNotEqualTo(QUESTION);
        assertThat(model.calls()).isEmpty();

        InterviewSession allowed = Mocksy.builder()
                .isolated()
                .languageModel(model)
                .setting(Mocksy.ASSESSMENT_REMOTE, "allow")
                .build()
                .startInterview(plan(InterviewContext.ASSESSMENT));
        assertThat(allowed.start().text()).isEqualTo(QUESTION);
    }

    @Test
    void should_drop_a_language_model_that_rejects_its_key_for_the_rest_of_the_session_and_say_why() {
        ScriptedLanguageModel model = new ScriptedLanguageModel()
                .fail(
                        Prompt.NEXT_QUESTION,
                        new AuthenticationException(
                                "scripted", "the API key was rejected (HTTP 401)", "check SCRIPTED_API_KEY", 401));
        InterviewSession session = Mocksy.builder()
                .isolated()
                .store(store)
                .languageModel(model)
                .build()
                .startInterview(plan(InterviewContext.PRACTICE));

        session.start();
        Evaluation evaluation = session.submitAnswer(ANSWER);

        assertThat(model.calls()).as("called once, then never again").hasSize(1);
        assertThat(session.snapshot().languageModelDropped())
                .hasValueSatisfying(reason -> assertThat(reason).contains("SCRIPTED_API_KEY"));
        assertThat(store.load(session.id()))
                .extracting(e -> e.event().getClass().getSimpleName())
                .contains(InterviewEvent.LanguageModelDropped.class.getSimpleName());
        assertThat(evaluation.method()).as("marked as the offline fallback").isEqualTo("fallback:heuristic");
    }

    @Test
    void should_drop_a_failing_language_model_once_the_session_lost_its_budget_to_it() {
        ScriptedLanguageModel model = new ScriptedLanguageModel()
                .fail(Prompt.NEXT_QUESTION, new ProviderUnavailableException("scripted", 503, "overloaded", null));
        InterviewSession patient = Mocksy.builder()
                .isolated()
                .languageModel(model)
                .build()
                .startInterview(plan(InterviewContext.PRACTICE));
        patient.start();
        assertThat(patient.snapshot().languageModelDropped())
                .as("one quick failure is within 60 s")
                .isEmpty();

        ScriptedLanguageModel failing = new ScriptedLanguageModel()
                .fail(Prompt.NEXT_QUESTION, new ProviderUnavailableException("scripted", 503, "overloaded", null));
        InterviewSession strict = Mocksy.builder()
                .isolated()
                .languageModel(failing)
                .languageModelBudget(Duration.ZERO)
                .build()
                .startInterview(plan(InterviewContext.PRACTICE));
        strict.start();
        strict.submitAnswer(ANSWER);

        assertThat(strict.snapshot().languageModelDropped())
                .hasValueSatisfying(reason -> assertThat(reason).contains("budget is 0 s"));
        assertThat(failing.calls()).hasSize(1);
    }

    @Test
    void should_refuse_an_answer_over_the_limit_before_evaluating_it() {
        Mocksy mocksy = Mocksy.builder().isolated().maxAnswerChars(100).build();
        Question question = Question.adHoc("What is an index?", InterviewType.TECHNICAL);

        assertThatThrownBy(() -> mocksy.evaluate(question, "x".repeat(101)))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessageContaining("the limit is 100");
        assertThatThrownBy(() -> mocksy.evaluate(question, "  ")).isInstanceOf(InvalidAnswerException.class);
    }

    @Test
    void should_give_a_retake_of_the_same_plan_questions_the_candidate_has_not_had() {
        Mocksy mocksy = Mocksy.builder().isolated().store(store).build();
        InterviewPlan plan = InterviewPlan.builder()
                .role("backend")
                .type(InterviewType.TECHNICAL)
                .level("mid")
                .questionCount(3)
                .maxFollowUps(0)
                .build();
        java.util.List<java.util.Set<String>> asked = new java.util.ArrayList<>();
        for (int attempt = 0; attempt < 3; attempt++) {
            InterviewSession session = mocksy.startInterview(plan, null, "ada");
            session.start();
            do {
                session.submitAnswer("I am not sure, maybe an index.");
            } while (session.next().isPresent());
            asked.add(session.snapshot().turns().stream()
                    .map(turn -> turn.question().id())
                    .collect(java.util.stream.Collectors.toSet()));
        }

        assertThat(asked.get(1)).doesNotContainAnyElementsOf(asked.get(0));
        assertThat(asked.get(2)).doesNotContainAnyElementsOf(asked.get(0)).doesNotContainAnyElementsOf(asked.get(1));
        InterviewSession someoneElse = mocksy.startInterview(plan, null, "grace");
        assertThat(mocksy.candidateHistory("grace").askedQuestionIds()).isEmpty();
        assertThat(someoneElse.start()).isNotNull();
    }
}
