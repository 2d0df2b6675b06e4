package dev.mocksy.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mocksy.internal.MocksyJson;
import dev.mocksy.interview.Difficulty;
import dev.mocksy.interview.InterviewType;
import dev.mocksy.question.KeyPoint;
import dev.mocksy.question.Question;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The hand-written test corpus: questions with key points, a strong answer and a weak but fluent one. */
record Triples(String id, String area, Question question, String strong, String weak) {

    static List<Triples> load() {
        try (InputStream in = Triples.class.getResourceAsStream("triples.json")) {
            JsonNode root = MocksyJson.mapper().readTree(in);
            List<Triples> triples = new ArrayList<>();
            for (JsonNode node : root) {
                List<KeyPoint> keyPoints = new ArrayList<>();
                for (JsonNode kp : node.get("keyPoints")) {
                    List<String> terms = new ArrayList<>();
                    kp.get("terms").forEach(t -> terms.add(t.asText()));
                    keyPoints.add(new KeyPoint(kp.get("point").asText(), terms));
                }
                String id = node.get("id").asText();
                Question question = new Question(
                        id,
                        node.get("question").asText(),
                        InterviewType.valueOf(node.get("type").asText()),
                        Set.of(),
                        Set.of(),
                        Difficulty.valueOf(node.get("difficulty").asText()),
                        List.of(),
                        List.of(),
                        keyPoints,
                        List.of(),
                        List.of(),
                        List.of(),
                        null);
                triples.add(new Triples(
                        id,
                        node.get("area").asText(),
                        question,
                        node.get("strong").asText(),
                        node.get("weak").asText()));
            }
            return triples;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Triples byId(String id) {
        return load().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }
}
