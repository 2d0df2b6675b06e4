package dev.mocksy.vision;

import static dev.mocksy.vision.Observations.at;
import static dev.mocksy.vision.Observations.empty;
import static dev.mocksy.vision.Observations.looking;
import static dev.mocksy.vision.Observations.lookingAway;
import static dev.mocksy.vision.Observations.smiling;
import static dev.mocksy.vision.Observations.twoPeople;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class VisionSummarizerTest {

    private final VisionSummarizer summarizer = VisionSummarizer.defaults();

    @Test
    void should_compute_shares_of_frames_at_a_steady_rate() {
        // given 10 frames at 5 fps: 7 looking at the camera, 1 smiling while looking, 1 looking away, 1 absent
        List<FrameObservation> frames = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            frames.add(looking(i * 200L));
        }
        frames.add(smiling(1400));
        frames.add(lookingAway(1600));
        frames.add(empty(1800));

        VisionSummary summary = summarizer.summarize(frames);

        assertThat(summary.frames()).isEqualTo(10);
        assertThat(summary.span()).isEqualTo(Duration.ofSeconds(2));
        assertThat(summary.inFrameShare()).isCloseTo(0.9, within(1e-9));
        assertThat(summary.lookingAtCameraShare()).isCloseTo(0.8, within(1e-9));
        assertThat(summary.smileShare()).isCloseTo(0.1, within(1e-9));
        assertThat(summary.longestAbsence()).isEqualTo(Duration.ofMillis(200));
        assertThat(summary.observations())
                .contains(
                        "Analysed 10 frames over 2.0 s.",
                        "In frame 90% of the time.",
                        "Looked at the camera (face frontal and centred) 80% of the time.",
                        "A smile was visible 10% of the time.");
    }

    @Test
    void should_weight_frames_by_the_time_until_the_next_one() {
        // given a face for 1 s (one frame), then nobody for 3 s (one frame), then a face (last frame, weight 1 s)
        List<FrameObservation> frames = List.of(looking(0), empty(1000), looking(4000));

        VisionSummary summary = summarizer.summarize(frames);

        // gaps are 1 s and 3 s; the last frame gets the median gap (3 s, the upper median of two)
        assertThat(summary.span()).isEqualTo(Duration.ofSeconds(7));
        assertThat(summary.inFrameShare()).isCloseTo(4.0 / 7, within(1e-9));
        assertThat(summary.longestAbsence()).isEqualTo(Duration.ofSeconds(3));
        assertThat(summary.observations()).contains("Longest time out of frame: 3.0 s.");
    }

    @Test
    void should_find_the_longest_run_without_a_face() {
        List<FrameObservation> frames = List.of(
                looking(0),
                empty(1000),
                empty(2000),
                looking(3000),
                empty(4000),
                empty(5000),
                empty(6000),
                looking(7000));

        assertThat(summarizer.summarize(frames).longestAbsence()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void should_sort_frames_that_arrive_out_of_order() {
        List<FrameObservation> frames = List.of(looking(2000), empty(0), looking(1000));

        VisionSummary summary = summarizer.summarize(frames);

        assertThat(summary.longestAbsence()).isEqualTo(Duration.ofSeconds(1));
        assertThat(summary.inFrameShare()).isCloseTo(2.0 / 3, within(1e-9));
    }

    @Test
    void should_call_a_still_head_steady_and_a_moving_one_not() {
        List<FrameObservation> still = List.of(at(0, 270, 190), at(200, 272, 190), at(400, 270, 192));
        List<FrameObservation> moving = List.of(at(0, 100, 190), at(200, 440, 190), at(400, 100, 190));

        VisionSummary steady = summarizer.summarize(still);
        VisionSummary restless = summarizer.summarize(moving);

        assertThat(steady.headMovement()).isLessThan(0.01);
        assertThat(steady.observations()).anyMatch(line -> line.startsWith("Head was steady"));
        // centres at x = 150, 490, 150 of 640: distances from the mean 113.3, 226.7, 113.3 px
        assertThat(restless.headMovement())
                .isCloseTo(Math.sqrt((2 * 113.333 * 113.333 + 226.667 * 226.667) / 3) / 640, within(1e-4));
        assertThat(restless.observations()).anyMatch(line -> line.startsWith("Head moved: the face centre moved 25%"));
    }

    @Test
    void should_leave_head_movement_unknown_with_fewer_than_two_faces() {
        assertThat(summarizer.summarize(List.of(looking(0), empty(200))).headMovement())
                .isNull();
    }

    @Test
    void should_warn_when_more_than_one_person_is_in_frame() {
        List<FrameObservation> frames = List.of(looking(0), looking(1000), twoPeople(2000), looking(3000));

        VisionSummary summary = summarizer.summarize(frames);

        assertThat(summary.multiplePeopleShare()).isCloseTo(0.25, within(1e-9));
        assertThat(summary.warnings())
                .containsExactly("More than one person was in frame 25% of the time, first at 0:02:"
                        + " make sure you are alone in frame.");
    }

    @Test
    void should_warn_about_dark_and_blurred_pictures_and_an_empty_frame() {
        List<FrameObservation> dark = List.of(
                new FrameObservation(Duration.ZERO, 640, 480, List.of(), 5, 1, true, true),
                new FrameObservation(Duration.ofSeconds(1), 640, 480, List.of(), 5, 1, true, true));

        VisionSummary summary = summarizer.summarize(dark);

        assertThat(summary.tooDarkShare()).isEqualTo(1.0);
        assertThat(summary.blurShare()).isEqualTo(1.0);
        assertThat(summary.warnings())
                .hasSize(3)
                .anyMatch(line -> line.startsWith("No face was found in any frame"))
                .anyMatch(line -> line.startsWith("The picture was too dark 100% of the time"))
                .anyMatch(line -> line.startsWith("The picture was out of focus 100% of the time"));
    }

    @Test
    void should_bucket_a_time_series_for_charts() {
        List<FrameObservation> frames = List.of(looking(0), smiling(500), empty(1200), twoPeople(3100));

        List<VisionBucket> timeline = summarizer.summarize(frames).timeline();

        assertThat(timeline).extracting(bucket -> bucket.start().toMillis()).containsExactly(0L, 1000L, 3000L);
        assertThat(timeline.get(0).frames()).isEqualTo(2);
        assertThat(timeline.get(0).smileShare()).isEqualTo(0.5);
        assertThat(timeline.get(0).lookingAtCameraShare()).isEqualTo(1.0);
        assertThat(timeline.get(1).inFrameShare()).isZero();
        assertThat(timeline.get(2).maxFaceCount()).isEqualTo(2);
    }

    @Test
    void should_keep_long_timelines_to_sixty_buckets_or_fewer() {
        List<FrameObservation> frames = new ArrayList<>();
        for (int second = 0; second < 600; second++) {
            frames.add(looking(second * 1000L));
        }

        VisionSummary summary = summarizer.summarize(frames);

        assertThat(summary.timeline()).hasSizeLessThanOrEqualTo(60);
        assertThat(summary.timeline().get(0).width()).isEqualTo(Duration.ofSeconds(10));
        assertThat(VisionSummarizer.withBucketWidth(Duration.ofMinutes(1))
                        .summarize(frames)
                        .timeline())
                .hasSize(10);
    }

    @Test
    void should_summarise_nothing_without_inventing_numbers() {
        VisionSummary summary = summarizer.summarize(List.of());

        assertThat(summary.frames()).isZero();
        assertThat(summary.headMovement()).isNull();
        assertThat(summary.timeline()).isEmpty();
        assertThat(summary.observations()).containsExactly("No frames were analysed.");
    }

    @Test
    void should_describe_observable_facts_only_never_feelings() {
        List<FrameObservation> frames =
                List.of(smiling(0), looking(200), lookingAway(400), empty(600), twoPeople(800), at(1000, 10, 10));
        VisionSummary summary = summarizer.summarize(frames);

        List<String> words = new ArrayList<>(summary.observations());
        words.addAll(summary.warnings());

        assertThat(String.join(" ", words).toLowerCase(Locale.ROOT))
                .doesNotContain(
                        "happy",
                        "sad",
                        "angry",
                        "nervous",
                        "confident",
                        "anxious",
                        "emotion",
                        "feel",
                        "bored",
                        "engaged",
                        "friendly",
                        "stress",
                        "calm");
    }
}
