package dev.mocksy.llm.openai.interviewer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mocksy.evaluation.Evaluation;
import dev.mocksy.interview.Answer;
import dev.mocksy.interview.CompanyStyle;
import dev.mocksy.interview.InterviewPlan;
import dev.mocksy.interview.InterviewType;
import dev.mocksy.interview.Level;
import dev.mocksy.interview.Role;
import dev.mocksy.interview.Turn;
import dev.mocksy.llm.interviewer.LlmQuestionGenerator;
import dev.mocksy.llm.openai.interviewer.ScriptedLlm.Prompt;
import dev.mocksy.question.FollowUp;
import dev.mocksy.question.FollowUpRequest;
import dev.mocksy.question.Question;
import dev.mocksy.question.QuestionRequest;
import dev.mocksy.resume.CandidateProfile;
import dev.mocksy.resume.Skill;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LlmQuestionGeneratorTest {

    static final CandidateProfile PROFILE = CandidateProfile.builder()
            .name("Dana Reyes")
            .skills(List.of(new Skill("Kafka", "data"), new Skill("Java", "language")))
            .yearsOfExperience(6.0)
            .seniority(Level.SENIOR)
            .roles(List.of(Role.BACKEND))
            .projects(List.of("Moved the payments ledger from nightly batches to Kafka streams"))
            .build();

    static final InterviewPlan PLAN = InterviewPlan.builder()
            .role(Role.BACKEND)
            .type(InterviewType.TECHNICAL)
            .level(Level.SENIOR)
            .questionCount(2)
            .maxFollowUps(1)
            .build();

    static String question(String text, String kind) {
        return """
                {"question": %s, "kind": "%s",
                 "keyPoints": [{"point": "Explains exactly-once or idempotent consumers", "terms": ["idempotent", "exactly once"]},
                               {"point": "Handles replays of the ledger", "terms": ["replay", "offset"]}],
                 "followUps": ["How did you test it?"],
                 "modelAnswer": ["Context", "Design", "Trade-offs", "Result"]}
                """
                .formatted(ScriptedLlmJson.quote(text), kind);
    }

    static String followUp(boolean ask, String quote, String question) {
        return """
                {"askFollowUp": %s, "quote": %s, "question": %s, "reason": "missed: failure handling",
                 "keyPoints": [{"point": "Describes retries and dead-letter topics", "terms": ["retry", "dead letter"]}]}
                """
                .formatted(ask, ScriptedLlmJson.quote(quote), ScriptedLlmJson.quote(question));
    }

    private ScriptedLlm llm;
    private LlmQuestionGenerator generator;

    @BeforeEach
    void start() throws Exception {
        llm = new ScriptedLlm();
        generator = new LlmQuestionGenerator(llm.model(), new OfflineStrategies.OneQuestion());
    }

    @AfterEach
    void stop() throws Exception {
        llm.close();
    }

    @Test
    void should_open_with_a_personal_question_drawn_from_the_profile() {
        llm.reply(
                Prompt.FIRST_QUESTION,
                question(
                        "You moved the payments ledger to Kafka streams: how did you keep balances correct when events were"
                                + " replayed?",
                        "TECHNICAL"));

        Question first = generator
                .firstQuestion(new QuestionRequest(PLAN, PROFILE, List.of(), null, Set.of(), List.of()))
                .orElseThrow();

        assertThat(first.text()).contains("payments ledger");
        assertThat(first.type()).isEqualTo(InterviewType.TECHNICAL);
        assertThat(first.id()).startsWith("llm-");
        assertThat(first.keyPoints()).hasSize(2);
        assertThat(first.modelAnswer()).hasSize(4);
        String prompt = llm.calls(Prompt.FIRST_QUESTION).get(0).user();
        assertThat(prompt)
                .contains("Moved the payments ledger from nightly batches to Kafka streams")
                .contains("Kafka");
    }

    @Test
    void should_speak_as_the_company_persona() {
        InterviewPlan amazon = PLAN.toBuilder()
                .type(InterviewType.BEHAVIORAL)
                .companyStyle(CompanyStyle.AMAZON)
                .build();
        llm.reply(
                Prompt.FIRST_QUESTION,
                question(
                        "Tell me about a time the Kafka migration put a customer at risk. What did you own?",
                        "BEHAVIORAL"));

        Question first = generator
                .firstQuestion(new QuestionRequest(amazon, PROFILE, List.of(), null, Set.of(), List.of()))
                .orElseThrow();

        String system = llm.calls(Prompt.FIRST_QUESTION).get(0).system();
        assertThat(system).contains("Amazon").contains("Customer Obsession").contains("Ownership");
        assertThat(first.companies()).containsExactly("amazon");
        assertThat(first.type()).isEqualTo(InterviewType.BEHAVIORAL);
    }

    @Test
    void should_ask_again_when_the_kind_does_not_fit_the_plan() {
        llm.reply(Prompt.NEXT_QUESTION, question("Tell me about a conflict with a colleague.", "BEHAVIORAL"));
        llm.reply(Prompt.NEXT_QUESTION, question("How would you make a Kafka consumer idempotent?", "TECHNICAL"));

        Question next = generator
                .nextQuestion(new QuestionRequest(PLAN, null, List.of(), null, Set.of(), List.of()))
                .orElseThrow();

        assertThat(next.text()).contains("idempotent");
        assertThat(llm.calls(Prompt.NEXT_QUESTION)
                        .get(1)
                        .messages()
                        .get(3)
                        .get("content")
                        .asText())
                .contains("kind must be TECHNICAL");
    }

    @Test
    void should_not_repeat_a_question_already_asked() {
        Turn asked = new Turn(OfflineStrategies.INDEX_QUESTION, null, null, null, null);
        llm.reply(Prompt.NEXT_QUESTION, question(OfflineStrategies.INDEX_QUESTION.text(), "TECHNICAL"));
        llm.reply(Prompt.NEXT_QUESTION, question("How do you size a connection pool?", "TECHNICAL"));

        Question next = generator
                .nextQuestion(new QuestionRequest(PLAN, null, List.of(asked), null, Set.of(), List.of()))
                .orElseThrow();

        assertThat(next.text()).isEqualTo("How do you size a connection pool?");
        assertThat(llm.calls(Prompt.NEXT_QUESTION).get(0).user()).contains(OfflineStrategies.INDEX_QUESTION.text());
    }

    @Test
    void should_fall_back_to_the_offline_generator_when_the_model_fails() {
        llm.fail(Prompt.NEXT_QUESTION, 500);

        Optional<Question> next =
                generator.nextQuestion(new QuestionRequest(PLAN, null, List.of(), null, Set.of(), List.of()));

        assertThat(next).contains(OfflineStrategies.INDEX_QUESTION);
    }

    private FollowUpRequest answered(String answer) {
        Question main = OfflineStrategies.INDEX_QUESTION;
        Evaluation evaluation = new OfflineStrategies.KeywordEvaluator()
                .evaluate(new dev.mocksy.evaluation.EvaluationRequest(main, Answer.of(answer), PLAN));
        return new FollowUpRequest(PLAN, List.of(new Turn(main, null, null, Answer.of(answer), evaluation)), null);
    }

    @Test
    void should_follow_up_on_what_the_candidate_just_said() {
        String answer = "We indexed the customer_id column, and we also put a cache in front of the orders table.";
        llm.reply(
                Prompt.FOLLOW_UP,
                followUp(
                        true,
                        "a cache in front of the orders table",
                        "You mentioned a cache in front of the orders table:"
                                + " how did you keep it consistent with writes?"));

        FollowUp followUp = generator.followUp(answered(answer)).orElseThrow();

        assertThat(followUp.question().text()).contains("cache in front of the orders table");
        assertThat(followUp.reason()).contains("\"a cache in front of the orders table\"");
        assertThat(followUp.question().keyPoints()).hasSize(1);
        assertThat(llm.calls(Prompt.FOLLOW_UP).get(0).user()).contains(answer);
    }

    @Test
    void should_ask_again_when_the_follow_up_quotes_words_the_candidate_never_said() {
        String answer = "We indexed the customer_id column because lookups were slow.";
        llm.reply(Prompt.FOLLOW_UP, followUp(true, "we sharded the database", "Why did you shard?"));
        llm.reply(Prompt.FOLLOW_UP, followUp(true, "lookups were slow", "How slow were the lookups, in numbers?"));

        FollowUp followUp = generator.followUp(answered(answer)).orElseThrow();

        assertThat(followUp.question().text()).isEqualTo("How slow were the lookups, in numbers?");
        assertThat(llm.calls(Prompt.FOLLOW_UP)).hasSize(2);
    }

    @Test
    void should_not_follow_up_when_the_model_finds_the_answer_complete() {
        llm.reply(Prompt.FOLLOW_UP, followUp(false, "", ""));

        Optional<FollowUp> followUp = generator.followUp(answered("Indexes make lookups faster but slow inserts."));

        assertThat(followUp).isEmpty();
    }

    @Test
    void should_stop_at_the_plans_follow_up_limit_without_asking_the_model() {
        Question main = OfflineStrategies.INDEX_QUESTION;
        Turn first = new Turn(main, null, null, Answer.of("faster lookups"), null);
        Turn second = new Turn(main, main.id(), "r", Answer.of("slower inserts"), null);

        Optional<FollowUp> followUp = generator.followUp(new FollowUpRequest(PLAN, List.of(first, second), null));

        assertThat(followUp).isEmpty();
        assertThat(llm.calls()).isEmpty();
    }

    /** Keeps JSON quoting in one place for the scripts. */
    static final class ScriptedLlmJson {
        static String quote(String text) {
            return dev.mocksy.internal.MocksyJson.mapper()
                    .getNodeFactory()
                    .textNode(text)
                    .toString();
        }
    }
}
