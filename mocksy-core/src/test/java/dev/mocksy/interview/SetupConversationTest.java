package dev.mocksy.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mocksy.interview.SetupConversation.Topic;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SetupConversationTest {

    @Test
    void should_ask_every_topic_in_order_and_build_the_plan_from_the_replies() {
        SetupConversation setup = SetupConversation.of(InterviewPlan.builder(), Topic.values());
        String[] replies = {"backend", "technical", "senior", "hard", "3", "Java, Kafka", "amazon", "realistic"};

        for (int i = 0; i < replies.length; i++) {
            assertThat(setup.next()).map(SetupConversation.Prompt::topic).contains(Topic.values()[i]);
            assertThat(setup.reply(replies[i])).isEmpty();
        }

        assertThat(setup.done()).isTrue();
        assertThat(setup.next()).isEmpty();
        InterviewPlan plan = setup.plan();
        assertThat(plan.role()).isEqualTo(Role.BACKEND);
        assertThat(plan.type()).isEqualTo(InterviewType.TECHNICAL);
        assertThat(plan.level()).isEqualTo(Level.SENIOR);
        assertThat(plan.difficulty()).isEqualTo(Difficulty.HARD);
        assertThat(plan.questionCount()).isEqualTo(3);
        assertThat(plan.technologies()).containsExactly("Java", "Kafka");
        assertThat(plan.companyStyle().id()).isEqualTo("amazon");
        assertThat(plan.mode()).isEqualTo(InterviewMode.REALISTIC);
    }

    @Test
    void should_explain_a_bad_reply_and_keep_the_prompt_when_the_reply_is_not_accepted() {
        SetupConversation setup = SetupConversation.of(InterviewPlan.builder(), Topic.ROLE, Topic.QUESTIONS);

        assertThat(setup.reply("astronaut"))
                .hasValueSatisfying(
                        problem -> assertThat(problem).contains("astronaut").contains("backend"));
        assertThat(setup.next()).map(SetupConversation.Prompt::topic).contains(Topic.ROLE);
        assertThat(setup.reply("data")).isEmpty();
        assertThat(setup.reply("lots"))
                .contains("'lots' is neither a number of questions (e.g. 5) nor a duration" + " (e.g. 30m)");
        assertThat(setup.reply("99")).contains("the number of questions must be between 1 and 50");
        assertThat(setup.reply("30m")).isEmpty();

        InterviewPlan plan = setup.plan();
        assertThat(plan.role()).isEqualTo(Role.DATA_SCIENCE);
        assertThat(plan.totalTimeLimit()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void should_take_the_defaults_when_replies_are_blank() {
        SetupConversation setup =
                SetupConversation.of(InterviewPlan.builder().role(Role.MOBILE), Topic.TYPE, Topic.QUESTIONS);

        assertThat(setup.next()).map(SetupConversation.Prompt::defaultReply).contains("mixed");
        setup.acceptDefaults();

        InterviewPlan plan = setup.plan();
        assertThat(plan.role()).as("set before the conversation").isEqualTo(Role.MOBILE);
        assertThat(plan.type()).isEqualTo(InterviewType.MIXED);
        assertThat(plan.questionCount()).isEqualTo(5);
    }

    @Test
    void should_refuse_a_reply_when_every_topic_is_settled() {
        SetupConversation setup = SetupConversation.of(InterviewPlan.builder());

        assertThat(setup.done()).isTrue();
        assertThatThrownBy(() -> setup.reply("x"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("plan()");
    }
}
