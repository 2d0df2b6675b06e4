package dev.mocksy.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mocksy.interview.InterviewContext;
import dev.mocksy.interview.InterviewMode;
import dev.mocksy.interview.InterviewPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeliveryContextTest {

    @ParameterizedTest
    @CsvSource({
        "PRACTICE, PRACTICE, PRACTICE",
        "PRACTICE, REALISTIC, REALISTIC",
        "ASSESSMENT, PRACTICE, ASSESSMENT",
        "ASSESSMENT, REALISTIC, ASSESSMENT"
    })
    void should_take_the_delivery_context_from_the_plan_with_assessment_winning(
            InterviewContext context, InterviewMode mode, DeliveryContext expected) {
        InterviewPlan plan = InterviewPlan.builder().context(context).mode(mode).build();

        assertThat(DeliveryContext.of(plan)).isEqualTo(expected);
    }

    @Test
    void should_reject_a_missing_plan() {
        assertThatThrownBy(() -> DeliveryContext.of(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("plan");
    }
}
