package dev.mocksy.vision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class VisionPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-22T03:00:00Z");

    @Test
    void should_allow_analysis_in_practice_by_default() {
        assertThat(VisionPolicy.practice().allowsAnalysis()).isTrue();
        assertThat(VisionPolicy.practiceWithoutCamera().allowsAnalysis()).isFalse();
    }

    @Test
    void should_keep_analysis_off_in_an_assessment_unless_consent_is_recorded() {
        VisionPolicy off = VisionPolicy.assessment();
        VisionPolicy on = VisionPolicy.assessmentWithConsent(VisionConsent.standard(NOW));

        assertThat(off.allowsAnalysis()).isFalse();
        assertThatThrownBy(off::requireAllowed)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("off in an assessment unless the candidate consents");
        assertThat(on.allowsAnalysis()).isTrue();
        assertThat(on.consent().grantedAt()).isEqualTo(NOW);
        assertThat(on.consent().statement()).contains("No emotions are inferred");
    }

    @Test
    void should_refuse_to_enable_an_assessment_without_consent() {
        assertThatThrownBy(() -> new VisionPolicy(VisionPolicy.Context.ASSESSMENT, true, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("consent must be recorded");
        assertThatThrownBy(() -> new VisionConsent(NOW, " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("statement must not be blank");
    }
}
