package dev.mocksy.evaluation.honesty;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mocksy.internal.MocksyJson;
import dev.mocksy.interview.InterviewType;
import dev.mocksy.question.Question;
import dev.mocksy.question.QuestionBank;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The honesty corpora written for Mocksy's tests (under {@code dev/mocksy/evaluation/honesty/}): attacks on the grader
 * and honest answers, wrong and right answers, non-answers, follow-ups. A "question" is a bank id, or else the text of
 * an ad-hoc question. Shared with other modules through core's test-jar.
 */
public final class Corpus {

    /** One answer to one question, with what the corpus says about it. */
    public record Item(Question question, String answer, JsonNode node) {}

    private Corpus() {}

    /** The items of one array of a corpus file. */
    public static List<Item> load(String file, String array) {
        JsonNode root = read(file);
        List<Item> items = new ArrayList<>();
        for (JsonNode node : root.get(array)) {
            items.add(new Item(question(node.get("question").asText()), text(node, "answer"), node));
        }
        return items;
    }

    /** The whole file, for corpora with their own shape. */
    public static JsonNode read(String file) {
        try (InputStream in = Corpus.class.getResourceAsStream("/dev/mocksy/evaluation/honesty/" + file)) {
            if (in == null) {
                throw new IllegalStateException("corpus " + file + " is missing");
            }
            return MocksyJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A bank question by id, or an ad-hoc question with that text (behavioral when it asks for a story). */
    public static Question question(String idOrText) {
        return QuestionBank.defaultBank()
                .byId(idOrText)
                .orElseGet(() -> Question.adHoc(
                        idOrText,
                        idOrText.toLowerCase().startsWith("tell me about")
                                ? InterviewType.BEHAVIORAL
                                : InterviewType.TECHNICAL));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null ? "" : value.asText();
    }
}
