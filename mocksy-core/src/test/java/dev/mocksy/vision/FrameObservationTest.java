package dev.mocksy.vision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mocksy.internal.MocksyJson;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameObservationTest {

    @Test
    void should_describe_the_largest_face_as_the_main_one() {
        DetectedFace small = Observations.face(10, 10, 40, false, false, true);
        DetectedFace large = Observations.face(270, 190, 120, true, true, false);

        FrameObservation observation = Observations.withFaces(0, small, large);

        assertThat(observation.faces()).containsExactly(large, small);
        assertThat(observation.faceCount()).isEqualTo(2);
        assertThat(observation.frontal()).isTrue();
        assertThat(observation.centred()).isTrue();
        assertThat(observation.smile()).isFalse();
        assertThat(observation.lookingAtCamera()).isTrue();
    }

    @Test
    void should_report_nothing_about_a_face_when_none_is_found() {
        FrameObservation observation = Observations.empty(0);

        assertThat(observation.inFrame()).isFalse();
        assertThat(observation.mainFace()).isEmpty();
        assertThat(observation.frontal() || observation.centred() || observation.smile())
                .isFalse();
    }

    @Test
    void should_write_face_count_and_main_face_facts_to_json_and_read_them_back() throws Exception {
        FrameObservation observation = Observations.smiling(1500);

        String json = MocksyJson.mapper().writeValueAsString(observation);
        JsonNode tree = MocksyJson.mapper().readTree(json);

        assertThat(tree.get("faceCount").asInt()).isEqualTo(1);
        assertThat(tree.get("smile").asBoolean()).isTrue();
        assertThat(tree.get("faces").get(0).get("box").get("width").asInt()).isEqualTo(100);
        assertThat(tree.get("timestamp").asText()).isEqualTo("PT1.5S");
        assertThat(MocksyJson.mapper().readValue(json, FrameObservation.class)).isEqualTo(observation);
    }

    @Test
    void should_reject_impossible_values() {
        assertThatThrownBy(() -> new FrameObservation(Duration.ZERO, 640, 480, List.of(), 300, 0, false, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("brightness must be between 0 and 255");
        assertThatThrownBy(() -> new DetectedFace(new FaceBox(0, 0, 10, 10), 1, true, false, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a frontal face needs both eyes");
        assertThatThrownBy(() -> new FaceBox(0, 0, 0, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("width and height must be positive");
    }
}
