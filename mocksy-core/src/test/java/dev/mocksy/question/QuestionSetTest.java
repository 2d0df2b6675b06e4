package dev.mocksy.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mocksy.interview.InterviewPlan;
import dev.mocksy.interview.InterviewType;
import dev.mocksy.interview.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Your own questions in JSON or YAML: read, validated with file, line and field, and asked in order. */
class QuestionSetTest {

    static final Path EXAMPLE = Path.of("../docs/examples/backend-screen.yaml");

    @Test
    void should_read_the_documented_yaml_example_with_every_field() {
        QuestionSet set = QuestionSet.load(EXAMPLE);

        assertThat(set.name()).isEqualTo("Backend screen");
        assertThat(set.questions()).hasSize(3);
        Question go = set.questions().get(0);
        assertThat(go.id()).isEqualTo("acme-go-goroutines");
        assertThat(go.type()).isEqualTo(InterviewType.TECHNICAL);
        assertThat(go.roles()).containsExactly(Role.BACKEND);
        assertThat(go.keyPoints()).hasSize(3);
        assertThat(go.keyPoints().get(0).probe()).startsWith("How are goroutines scheduled");
        assertThat(go.misconceptions()).hasSize(1);
        assertThat(go.followUps().get(0).keyPoints()).hasSize(1);
        assertThat(go.followUps().get(1).keyPoints()).isEmpty();
        assertThat(go.referenceAnswer()).startsWith("Goroutines are cheap");
    }

    @Test
    void should_turn_a_reference_answer_alone_into_key_points_and_show_it_as_the_model_answer() {
        Question http = QuestionSet.load(EXAMPLE).questions().get(2);

        assertThat(http.keyPoints()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(http.keyPoints().get(0).point()).contains("429");
        assertThat(http.modelAnswer()).containsExactly(http.referenceAnswer());
        assertThat(http.id()).isNotBlank();
    }

    @Test
    void should_read_json_too(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("set.json");
        Files.writeString(
                file,
                "[{\"text\": \"What is a race condition?\", \"type\": \"TECHNICAL\", \"keyPoints\": [{\"point\":"
                        + " \"The outcome depends on timing\", \"synonyms\": [\"timing\", \"interleaving\"]}]}]");

        QuestionSet set = QuestionSet.load(file);

        assertThat(set.questions()).singleElement().satisfies(q -> {
            assertThat(q.keyPoints().get(0).terms()).containsExactly("timing", "interleaving");
            assertThat(q.difficulty()).hasToString("MEDIUM");
        });
    }

    @Test
    void should_report_every_problem_with_its_file_line_and_field() {
        String yaml = "questions:\n"
                + "  - text: What is a deadlock?\n"
                + "    type: mixed\n"
                + "    keyPoints:\n"
                + "      - point: Two transactions wait on each other\n"
                + "        synonyms: [cycle]\n"
                + "  - text: Explain CAP.\n"
                + "    type: technical\n"
                + "    level: wizard\n"
                + "    colour: blue\n"
                + "  - type: behavioral\n"
                + "    keyPoints: [\"A concrete situation with a measured result\"]\n";

        assertThatThrownBy(() -> QuestionSet.parse("bad.yaml", yaml))
                .isInstanceOf(QuestionSetException.class)
                .satisfies(e -> {
                    List<QuestionSetProblem> problems = ((QuestionSetException) e).problems();
                    assertThat(problems)
                            .extracting(QuestionSetProblem::field)
                            .contains(
                                    "questions[0].type",
                                    "questions[1].level",
                                    "questions[1].colour",
                                    "questions[1]",
                                    "questions[2].text");
                    assertThat(problems).allSatisfy(p -> {
                        assertThat(p.source()).isEqualTo("bad.yaml");
                        assertThat(p.line()).isPositive();
                    });
                    QuestionSetProblem level = problems.stream()
                            .filter(p -> p.field().equals("questions[1].level"))
                            .findFirst()
                            .orElseThrow();
                    assertThat(level.line()).isEqualTo(9);
                    assertThat(level.toString()).startsWith("bad.yaml:9:").contains("questions[1].level");
                    assertThat(e.getMessage()).contains("bad.yaml:3").contains("needs keyPoints, or a referenceAnswer");
                });
    }

    @Test
    void should_say_what_to_add_when_yaml_support_is_missing() {
        assertThatThrownBy(() -> QuestionSetReader.read("set.yaml", "questions: []", true, "no.such.YAMLFactory"))
                .isInstanceOf(QuestionSetException.class)
                .hasMessageContaining("jackson-dataformat-yaml")
                .hasMessageContaining("or write the set as JSON");
    }

    @Test
    void should_report_malformed_json_and_a_missing_file() {
        assertThatThrownBy(() -> QuestionSet.parse("broken.json", "[{\"text\": "))
                .isInstanceOf(QuestionSetException.class)
                .hasMessageContaining("broken.json:1")
                .hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> QuestionSet.load(Path.of("no-such-set.yaml")))
                .isInstanceOf(QuestionSetException.class)
                .hasMessageContaining("does not exist");
    }

    @Test
    void should_ask_the_sets_questions_in_order_fitting_the_plan_first_and_each_once() {
        QuestionSetGenerator generator = new QuestionSetGenerator(List.of(QuestionSet.load(EXAMPLE)));
        InterviewPlan behavioral =
                InterviewPlan.builder().type(InterviewType.BEHAVIORAL).build();

        Question first = generator
                .nextQuestion(new QuestionRequest(behavioral, null, List.of(), null, Set.of(), List.of()))
                .orElseThrow();

        assertThat(first.type()).isEqualTo(InterviewType.BEHAVIORAL);
        InterviewPlan technical = InterviewPlan.builder()
                .type(InterviewType.TECHNICAL)
                .role(Role.BACKEND)
                .build();
        assertThat(generator.nextQuestion(new QuestionRequest(technical, null, List.of(), null, Set.of(), List.of())))
                .get()
                .extracting(Question::id)
                .isEqualTo("acme-go-goroutines");
    }
}
