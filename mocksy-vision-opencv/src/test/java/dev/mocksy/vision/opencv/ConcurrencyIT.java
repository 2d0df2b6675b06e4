package dev.mocksy.vision.opencv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mocksy.vision.Frame;
import dev.mocksy.vision.FrameObservation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.opencv.core.Rect;

/** One analyzer shared by several threads gives exactly the results it gives one thread. */
class ConcurrencyIT {

    @Test
    void should_give_the_same_observations_when_shared_by_four_threads() throws Exception {
        OpenCvVisionAnalyzer analyzer = OpenCvVisionAnalyzer.builder()
                .cascades(TestImages.cascades())
                .maxConcurrency(2)
                .build();
        var astronaut = Pictures.read(TestImages.skimage("astronaut.png"));
        List<Frame> frames = List.of(
                Frame.encoded(
                        Pictures.jpeg(Pictures.pasted(astronaut, new Rect(146, 34, 160, 160), 240)), Duration.ZERO),
                Frame.encoded(Pictures.png(astronaut), Duration.ZERO),
                Frame.encoded(Pictures.jpeg(Pictures.black()), Duration.ZERO),
                Frame.encoded(
                        Pictures.jpeg(Pictures.webcam(Pictures.read(TestImages.faceApi("sample3.jpg")), 480)),
                        Duration.ZERO));
        List<FrameObservation> expected = analyzer.analyzeAll(frames);

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<FrameObservation>>> results = new ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                results.add(pool.submit(() -> {
                    List<FrameObservation> seen = new ArrayList<>();
                    for (int round = 0; round < 5; round++) {
                        seen.addAll(analyzer.analyzeAll(frames));
                    }
                    return seen;
                }));
            }
            for (Future<List<FrameObservation>> result : results) {
                List<FrameObservation> seen = result.get();
                assertThat(seen).hasSize(20);
                for (int i = 0; i < seen.size(); i++) {
                    assertThat(seen.get(i)).isEqualTo(expected.get(i % frames.size()));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(expected.subList(0, 3))
                .extracting(FrameObservation::faceCount)
                .containsExactly(1, 1, 0);
        assertThat(expected.get(3).faceCount()).isGreaterThan(1);
    }
}
