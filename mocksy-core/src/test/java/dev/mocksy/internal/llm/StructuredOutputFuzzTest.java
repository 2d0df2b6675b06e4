package dev.mocksy.internal.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Whatever a language model replies, reading it against a schema gives a value or a list of problems to send back to
 * the model: never an exception. Seeds: a fenced reply of the shape the evaluator asks for.
 */
class StructuredOutputFuzzTest {

    enum Kind {
        KEY,
        BONUS
    }

    record Point(String text, boolean met, Kind kind) {}

    record Graded(double score, String summary, List<Point> points, List<String> flags) {}

    @FuzzTest(maxDuration = "20s")
    void should_give_a_value_or_problems_for_any_reply(byte[] bytes) {
        String reply = new String(bytes, StandardCharsets.UTF_8);

        StructuredCall.Parsed<Graded> parsed =
                StructuredCall.parse(reply, Graded.class, StructuredOutputFuzzTest::check);

        assertThat(parsed.value() == null).isNotEqualTo(parsed.problems().isEmpty());
        parsed.problems().forEach(problem -> assertThat(problem).isNotBlank().doesNotContain("\n"));
    }

    private static List<String> check(Graded graded) {
        List<String> problems = new ArrayList<>();
        if (!(graded.score() >= 0 && graded.score() <= 5)) {
            problems.add("score must be between 0 and 5, got " + graded.score());
        }
        if (graded.points() != null && graded.points().stream().anyMatch(p -> p == null || p.text() == null)) {
            problems.add("every point needs a text");
        }
        return problems;
    }
}
