package dev.mocksy.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InterviewPlanTest {

    @Test
    void should_reject_an_unknown_role_and_list_the_choices() {
        assertThatThrownBy(() -> InterviewPlan.builder().role("astronaut"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown role 'astronaut'; choose one of frontend, backend, fullstack, data, devops, "
                        + "mobile, general");
    }

    @Test
    void should_reject_zero_questions_naming_the_field_and_range() {
        assertThatThrownBy(() -> InterviewPlan.builder().questionCount(0).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("questionCount must be between 1 and 50, got 0");
    }

    @ParameterizedTest
    @CsvSource({"SRE, DEVOPS", "front-end, FRONTEND", "Full Stack, FULL_STACK", "ml, DATA_SCIENCE", "HR, GENERAL"})
    void should_accept_the_words_people_use_for_roles(String text, Role role) {
        assertThat(Role.parse(text)).isEqualTo(role);
    }

    @ParameterizedTest
    @CsvSource({"15, 3", "30, 6", "45, 9"})
    void should_derive_questions_and_time_limit_from_a_duration(int minutes, int questions) {
        InterviewPlan plan =
                InterviewPlan.builder().duration(Duration.ofMinutes(minutes)).build();

        assertThat(plan.questionCount()).isEqualTo(questions);
        assertThat(plan.totalTimeLimit()).isEqualTo(Duration.ofMinutes(minutes));
    }

    @Test
    void should_default_sensibly_and_round_trip_through_its_builder() {
        InterviewPlan plan = InterviewPlan.builder()
                .type("system design")
                .technologies("Kafka", " Kafka ", "Redis")
                .companyStyle("amazon")
                .build();

        assertThat(plan.questionTimeLimit()).isEqualTo(Duration.ofMinutes(15));
        assertThat(plan.technologies()).containsExactly("Kafka", "Redis");
        assertThat(plan.mode()).isEqualTo(InterviewMode.PRACTICE);
        assertThat(plan.toBuilder().build()).isEqualTo(plan);
    }

    @Test
    void should_reject_blank_technologies_unknown_styles_and_bad_limits() {
        assertThatThrownBy(
                        () -> InterviewPlan.builder().technologies("Java", " ").build())
                .hasMessage("technologies must not contain blank entries");
        assertThatThrownBy(() -> InterviewPlan.builder().companyStyle("initech"))
                .hasMessageContaining("built-in styles are amazon, google, neutral, startup");
        assertThatThrownBy(() -> InterviewPlan.builder().maxFollowUps(4).build())
                .hasMessage("maxFollowUps must be between 0 and 3, got 4");
        assertThatThrownBy(() ->
                        InterviewPlan.builder().questionTimeLimit(Duration.ZERO).build())
                .hasMessage("questionTimeLimit must be positive, got PT0S");
    }

    @Test
    void should_default_to_practice_and_accept_an_assessment_context() {
        assertThat(InterviewPlan.builder().build().context()).isEqualTo(InterviewContext.PRACTICE);
        InterviewPlan assessment = InterviewPlan.builder().context("hiring").build();

        assertThat(assessment.context()).isEqualTo(InterviewContext.ASSESSMENT);
        assertThat(assessment.toBuilder().build()).isEqualTo(assessment);
        assertThatThrownBy(() -> InterviewPlan.builder().context("audition"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown context 'audition'; choose one of practice, assessment");
    }

    @Test
    void should_treat_a_plan_built_with_the_earlier_constructor_as_practice() {
        InterviewPlan plan = new InterviewPlan(
                Role.BACKEND,
                InterviewType.TECHNICAL,
                Level.MID,
                Difficulty.MEDIUM,
                3,
                null,
                null,
                List.of(),
                CompanyStyle.NEUTRAL,
                InterviewMode.PRACTICE,
                1,
                InterviewContext.PRACTICE);

        assertThat(plan.context()).isEqualTo(InterviewContext.PRACTICE);
    }
}
