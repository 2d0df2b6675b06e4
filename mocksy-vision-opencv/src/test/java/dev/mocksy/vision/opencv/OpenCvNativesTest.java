package dev.mocksy.vision.opencv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;

class OpenCvNativesTest {

    @Test
    void should_load_the_natives_from_the_jar_once_whatever_the_number_of_callers() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(pool.submit(() -> {
                    OpenCvNatives.load();
                    Mat ones = Mat.ones(2, 3, CvType.CV_8UC1);
                    int sum = (int) Core.sumElems(ones).val[0];
                    ones.release();
                    return sum;
                }));
            }
            for (Future<Integer> call : calls) {
                assertThat(call.get()).isEqualTo(6);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(Core.VERSION).isEqualTo("4.9.0");
    }
}
