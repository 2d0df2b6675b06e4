package dev.mocksy.vision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class VisionRecorderTest {

    /** Sees a face in every frame whose first byte is 1, nobody otherwise; counts its calls. */
    private final AtomicInteger analysed = new AtomicInteger();

    private final VisionAnalyzer analyzer = frame -> {
        analysed.incrementAndGet();
        byte first = ((FrameImage.Encoded) frame.image()).bytes()[0];
        long millis = frame.timestamp().toMillis();
        return first == 1 ? Observations.looking(millis) : Observations.empty(millis);
    };

    @Test
    void should_summarise_each_answer_and_the_whole_session() {
        VisionRecorder recorder = new VisionRecorder(VisionPolicy.practice(), analyzer);

        recorder.observe("q1", frame(1, 0));
        recorder.observe("q1", frame(1, 1000));
        recorder.observe(null, frame(0, 2000)); // between answers
        recorder.observe("q2", frame(0, 3000));
        recorder.observe("q2", frame(1, 4000));
        VisionReport report = recorder.report();

        assertThat(report.answers()).extracting(AnswerVision::questionId).containsExactly("q1", "q2");
        assertThat(report.answers().get(0).summary().inFrameShare()).isEqualTo(1.0);
        assertThat(report.answers().get(1).summary().inFrameShare()).isEqualTo(0.5);
        assertThat(report.session().frames()).isEqualTo(5);
        assertThat(report.session().inFrameShare()).isEqualTo(0.6);
        assertThat(report.policy()).isEqualTo(VisionPolicy.practice());
    }

    @Test
    void should_not_analyse_any_frame_when_the_assessment_has_no_consent() {
        VisionRecorder recorder = new VisionRecorder(VisionPolicy.assessment(), analyzer);

        assertThatThrownBy(() -> recorder.observe("q1", frame(1, 0)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("assessmentWithConsent");
        assertThat(analysed).hasValue(0);
        assertThat(recorder.report().session().frames()).isZero();
    }

    @Test
    void should_record_the_consent_in_the_report_of_a_consented_assessment() {
        VisionConsent consent = VisionConsent.standard(Instant.parse("2026-11-22T03:00:00Z"));
        VisionRecorder recorder = new VisionRecorder(VisionPolicy.assessmentWithConsent(consent), analyzer);

        recorder.observe("q1", frame(1, 0));

        assertThat(recorder.report().policy().consent()).isEqualTo(consent);
        assertThat(analysed).hasValue(1);
    }

    private static Frame frame(int firstByte, long millis) {
        return Frame.encoded(new byte[] {(byte) firstByte}, Duration.ofMillis(millis));
    }
}
