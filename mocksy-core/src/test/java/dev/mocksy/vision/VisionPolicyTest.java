package dev.mocksy.vision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mocksy.interview.Candidate;
import dev.mocksy.interview.Consent;
import dev.mocksy.interview.InterviewContext;
import dev.mocksy.interview.InterviewEvent;
import dev.mocksy.interview.InterviewPlan;
import dev.mocksy.interview.InterviewSnapshot;
import dev.mocksy.interview.RecordedEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
                .isInstanceOf(dev.mocksy.ConsentRequiredException.class)
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

    /** A replayed session of the given context with the consent events given, one second apart. */
    private static InterviewSnapshot session(InterviewContext context, InterviewEvent.ConsentRecorded... consents) {
        List<RecordedEvent> journal = new ArrayList<>();
        InterviewPlan plan = InterviewPlan.builder().context(context).build();
        journal.add(new RecordedEvent("s1", 1, NOW, new InterviewEvent.SessionStarted(plan, null, Candidate.LOCAL)));
        for (InterviewEvent.ConsentRecorded consent : consents) {
            journal.add(new RecordedEvent("s1", journal.size() + 1, NOW.plusSeconds(journal.size()), consent));
        }
        return InterviewSnapshot.replay(journal);
    }

    private static InterviewEvent.ConsentRecorded video(boolean granted) {
        return new InterviewEvent.ConsentRecorded(Consent.VIDEO, granted, VisionConsent.STANDARD_STATEMENT);
    }

    @Test
    void should_allow_analysis_in_a_practice_session_without_any_consent() {
        InterviewSnapshot practice = session(InterviewContext.PRACTICE);

        assertThat(VisionPolicy.forSession(practice)).isEqualTo(VisionPolicy.practice());
        assertThat(VisionPolicy.forSession(practice, false)).isEqualTo(VisionPolicy.practiceWithoutCamera());
    }

    @Test
    void should_keep_analysis_off_in_an_assessment_session_without_video_consent() {
        InterviewSnapshot noConsent = session(InterviewContext.ASSESSMENT);
        InterviewSnapshot voiceOnly = session(
                InterviewContext.ASSESSMENT,
                new InterviewEvent.ConsentRecorded(Consent.VOICE, true, "I agree that my voice is analysed."));
        InterviewSnapshot refused = session(InterviewContext.ASSESSMENT, video(false));

        assertThat(VisionPolicy.forSession(noConsent)).isEqualTo(VisionPolicy.assessment());
        assertThat(VisionPolicy.forSession(voiceOnly)).isEqualTo(VisionPolicy.assessment());
        assertThat(VisionPolicy.forSession(refused)).isEqualTo(VisionPolicy.assessment());
        assertThatThrownBy(VisionPolicy.forSession(noConsent)::requireAllowed)
                .isInstanceOf(dev.mocksy.ConsentRequiredException.class)
                .hasMessageContaining("recordConsent(\"video\", true, statement)");
    }

    @Test
    void should_allow_analysis_in_an_assessment_session_once_video_consent_is_recorded() {
        InterviewSnapshot consented = session(InterviewContext.ASSESSMENT, video(true));

        VisionPolicy policy = VisionPolicy.forSession(consented);

        assertThat(policy.allowsAnalysis()).isTrue();
        assertThat(policy.context()).isEqualTo(VisionPolicy.Context.ASSESSMENT);
        assertThat(policy.consent()).isEqualTo(new VisionConsent(NOW.plusSeconds(1), VisionConsent.STANDARD_STATEMENT));
        assertThat(VisionPolicy.forSession(consented, false))
                .as("consent alone does not switch the camera on when the product did not ask for it")
                .isEqualTo(VisionPolicy.assessment());
    }

    @Test
    void should_turn_analysis_off_again_when_the_candidate_withdraws_consent() {
        InterviewSnapshot withdrawn = session(InterviewContext.ASSESSMENT, video(true), video(false));

        assertThat(VisionPolicy.forSession(withdrawn).allowsAnalysis()).isFalse();
    }
}
