package dev.mocksy.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mocksy.Mocksy;
import dev.mocksy.internal.journal.JournalCodec;
import dev.mocksy.interview.InterviewSession;
import dev.mocksy.interview.InterviewSnapshot;
import dev.mocksy.interview.InterviewState;
import dev.mocksy.interview.Turn;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Journals written by the first journal format, checked in as they were written by the terminal app, still load and
 * replay: the facts below are read from the raw lines, independently of the code under test.
 */
class OldJournalsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    /** Copies a fixture into the sessions directory under its session id; returns its raw lines. */
    private List<JsonNode> install(String fixture) throws IOException {
        String text;
        try (InputStream in = getClass().getResourceAsStream("/dev/mocksy/store/journal-v1/" + fixture + ".jsonl")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<JsonNode> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            lines.add(JSON.readTree(line));
        }
        Path sessions = Files.createDirectories(home.resolve("sessions"));
        Files.writeString(sessions.resolve(lines.get(0).get("sessionId").asText() + ".jsonl"), text);
        return lines;
    }

    private Mocksy mocksy() {
        return Mocksy.builder()
                .isolated()
                .setting("mocksy.home", home.toString())
                .setting("mocksy.store", "file")
                .build();
    }

    private static List<JsonNode> ofType(List<JsonNode> lines, String type) {
        return lines.stream()
                .filter(line -> line.get("event").get("type").asText().equals(type))
                .toList();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "typed-technical-completed",
                "voice-with-delivery",
                "paused-then-abandoned",
                "assessment-with-consent"
            })
    void should_replay_a_journal_of_the_first_format_with_every_answer_score_and_report(String fixture)
            throws IOException {
        List<JsonNode> lines = install(fixture);
        String id = lines.get(0).get("sessionId").asText();

        InterviewSnapshot snapshot = mocksy().loadSession(id);

        assertThat(snapshot.sequence()).isEqualTo(lines.size());
        List<JsonNode> answers = ofType(lines, "answer-received");
        List<JsonNode> evaluations = ofType(lines, "answer-evaluated");
        List<Turn> answered =
                snapshot.turns().stream().filter(t -> t.answer() != null).toList();
        assertThat(answered).hasSize(answers.size());
        for (int i = 0; i < answers.size(); i++) {
            assertThat(answered.get(i).answer().text())
                    .isEqualTo(answers.get(i)
                            .get("event")
                            .get("answer")
                            .get("text")
                            .asText());
            assertThat(answered.get(i).evaluation().overall())
                    .isEqualTo(evaluations
                            .get(i)
                            .get("event")
                            .get("evaluation")
                            .get("overall")
                            .asDouble());
        }
        JsonNode report = ofType(lines, "report-generated").get(0).get("event").get("report");
        assertThat(snapshot.report()).hasValueSatisfying(r -> assertThat(r.overall())
                .isEqualTo(report.get("overall").asInt()));
        assertThat(mocksy().sessions().sessions()).singleElement().satisfies(summary -> assertThat(
                        summary.overallScore())
                .contains(report.get("overall").asInt()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"voice-with-delivery"})
    void should_keep_the_delivery_and_the_plan_of_an_old_voice_answer(String fixture) throws IOException {
        List<JsonNode> lines = install(fixture);
        JsonNode delivery = ofType(lines, "answer-received")
                .get(0)
                .get("event")
                .get("answer")
                .get("delivery");

        InterviewSnapshot snapshot =
                mocksy().loadSession(lines.get(0).get("sessionId").asText());

        assertThat(snapshot.turns().get(0).answer().delivery().wordsPerMinute())
                .isEqualTo(delivery.get("wordsPerMinute").asDouble());
        assertThat(snapshot.plan().technologies()).containsExactly("PostgreSQL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"assessment-with-consent"})
    void should_keep_the_consents_of_an_old_assessment(String fixture) throws IOException {
        List<JsonNode> lines = install(fixture);

        InterviewSnapshot snapshot =
                mocksy().loadSession(lines.get(0).get("sessionId").asText());

        assertThat(snapshot.consents()).hasSize(2);
        assertThat(snapshot.hasConsent("video")).isTrue();
        assertThat(snapshot.hasConsent("voice")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"typed-technical-completed"})
    void should_continue_an_interrupted_old_journal_in_the_new_format(String fixture) throws IOException {
        // given the journal cut after the second question was put to the candidate, as a crash would leave it
        List<JsonNode> lines = install(fixture);
        String id = lines.get(0).get("sessionId").asText();
        int cut = 0;
        for (int i = 0, asked = 0; i < lines.size(); i++) {
            String type = lines.get(i).get("event").get("type").asText();
            if (type.equals("question-asked") && ++asked == 2) {
                cut = i + 2; // the question and its listening-started
                break;
            }
        }
        Path file = home.resolve("sessions").resolve(id + ".jsonl");
        List<String> raw = Files.readAllLines(file);
        Files.write(file, raw.subList(0, cut));

        // when
        InterviewSession session = mocksy().resumeInterview(id);
        session.submitAnswer("A second answer, given after the crash, about caching with a TTL.");

        // then old lines and new lines live in one journal, which replays
        List<String> written = Files.readAllLines(file);
        assertThat(written.subList(0, cut)).isEqualTo(raw.subList(0, cut));
        assertThat(written.subList(cut, written.size()))
                .allSatisfy(line -> assertThat(line).startsWith("{\"v\":" + JournalCodec.VERSION + ","));
        InterviewSnapshot replayed = mocksy().loadSession(id);
        assertThat(replayed.state()).isEqualTo(InterviewState.FEEDBACK);
        assertThat(replayed.currentTurn().orElseThrow().answer().text()).contains("after the crash");
    }
}
