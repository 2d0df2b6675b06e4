package dev.mocksy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mocksy.interview.InterviewPlan;
import dev.mocksy.interview.InterviewSession;
import dev.mocksy.interview.InterviewType;
import dev.mocksy.question.Question;
import dev.mocksy.report.InterviewReport;
import dev.mocksy.resume.CandidateProfile;
import dev.mocksy.speech.DeliveryMetrics;
import dev.mocksy.testing.Fixtures;
import dev.mocksy.vision.Observations;
import dev.mocksy.vision.VisionSummary;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Values that implementers build have builders that fail fast, naming the field, and copy faithfully. */
class ValueBuildersTest {

    @Test
    void should_round_trip_every_value_through_its_builder() {
        Question question = Fixtures.question(3);
        DeliveryMetrics delivery = Fixtures.delivery(40, 140, 2, 1.0);
        VisionSummary vision = VisionSummary.of(List.of(Observations.looking(0), Observations.empty(1000)));
        InterviewSession session = Mocksy.builder()
                .isolated()
                .build()
                .startInterview(
                        InterviewPlan.builder().questionCount(1).maxFollowUps(0).build());
        session.start();
        session.submitAnswer("I would add an index on the filtered column and check the plan.");
        session.next();
        InterviewReport report = session.report();
        CandidateProfile profile = CandidateProfile.builder()
                .name("Ada Quinn")
                .yearsOfExperience(6.0)
                .build();

        assertThat(question.toBuilder().build()).isEqualTo(question);
        assertThat(delivery.toBuilder().build()).isEqualTo(delivery);
        assertThat(vision.toBuilder().build()).isEqualTo(vision);
        assertThat(report.toBuilder().build()).isEqualTo(report);
        assertThat(profile.toBuilder().build()).isEqualTo(profile);
        assertThat(question.toBuilder().text("Why that index?").build().text()).isEqualTo("Why that index?");
    }

    @Test
    void should_fail_fast_and_name_the_field_that_is_missing() {
        assertThatThrownBy(() -> Question.builder()
                        .text("What is an index?")
                        .type(InterviewType.TECHNICAL)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("question id must not be blank");
        assertThatThrownBy(() -> InterviewReport.builder().build())
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("sessionId");
    }
}
