package dev.mocksy.examples.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mocksy.Mocksy;
import dev.mocksy.MocksyException;
import dev.mocksy.evaluation.Evaluation;
import dev.mocksy.evaluation.RubricCategory;
import dev.mocksy.internal.MocksyJson;
import dev.mocksy.interview.InterviewType;
import dev.mocksy.question.KeyPoint;
import dev.mocksy.question.Question;
import dev.mocksy.question.QuestionBank;
import dev.mocksy.question.ReferenceKeyPoints;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code ./mocksy evaluate}: scores one answer, or a JSON-lines file of them, for scripting the evaluator.
 *
 * <p>A question that matches one in the built-in bank is scored against that question's key points; any other
 * question is scored on relevance, structure and specificity alone, and the output says so.
 */
@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        description = "Evaluate answers: --question Q --answer A, or --input FILE.jsonl with lines "
                + "{\"question\": ..., \"answer\": ...}.")
final class EvaluateCommand implements Callable<Integer> {

    private static final Pattern BEHAVIORAL = Pattern.compile(
            "^(tell me about|describe a (time|situation)|give (me )?an example|talk about a time|have you ever)",
            Pattern.CASE_INSENSITIVE);

    /** A line longer than this (1 MiB) is refused without being held in memory. */
    static final int MAX_LINE_BYTES = 1 << 20;

    private final Terminal terminal;

    @Spec
    CommandSpec spec;

    @Mixin
    Home home;

    @Option(names = "--question", paramLabel = "TEXT", description = "The question that was asked.")
    String question;

    @Option(names = "--answer", paramLabel = "TEXT", description = "The answer to evaluate.")
    String answer;

    @Option(
            names = "--input",
            paramLabel = "FILE",
            description = "A JSON-lines file of {\"question\", \"answer\"}, optionally with \"reference\" (a model"
                    + " answer) and \"keyPoints\" (sentences, or {\"point\", \"synonyms\"}).")
    Path input;

    @Option(
            names = "--reference",
            paramLabel = "TEXT",
            description = "A reference answer to grade against: turned into key points and shown as the model answer.")
    String reference;

    @Option(names = "--json", description = "Print JSON (one object per line with --input).")
    boolean json;

    EvaluateCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws IOException {
        if (input == null && (question == null || answer == null)) {
            throw new ParameterException(spec.commandLine(), "give --question and --answer, or --input FILE.jsonl");
        }
        if (input != null && (question != null || answer != null)) {
            throw new ParameterException(spec.commandLine(), "--input cannot be combined with --question/--answer");
        }
        Mocksy mocksy = home.transientMocksy();
        home.noteUnusedKey(mocksy, terminal.err());
        return input == null ? evaluateOne(mocksy) : evaluateFile(mocksy);
    }

    private int evaluateOne(Mocksy mocksy) throws IOException {
        Evaluated evaluated = evaluate(mocksy, question, answer, reference, List.of());
        PrintStream out = terminal.out();
        if (json) {
            out.println(MocksyJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(evaluated.toJson()));
        } else {
            out.println(
                    evaluated.matched() != null
                            ? "Matched bank question " + evaluated.matched().id() + "."
                            : reference != null
                                    ? "Graded against the reference answer you gave."
                                    : "Question not in the built-in bank: scored on relevance, structure and"
                                            + " specificity.");
            new Printer(out).evaluation(evaluated.evaluation());
        }
        return 0;
    }

    private int evaluateFile(Mocksy mocksy) throws IOException {
        if (Files.isDirectory(input)) {
            throw new ParameterException(spec.commandLine(), input + " is a directory; give a .jsonl file");
        }
        if (!Files.isRegularFile(input)) {
            throw new ParameterException(spec.commandLine(), "no such file: " + input);
        }
        ObjectReader reader = MocksyJson.mapper().reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        int failures = 0;
        int evaluated = 0;
        try (JsonLines lines = new JsonLines(Files.newInputStream(input), MAX_LINE_BYTES)) {
            while (lines.hasNext()) {
                JsonLines.Line line = lines.next();
                if (line.error() == null && line.text().isBlank()) {
                    continue;
                }
                ObjectNode result;
                try {
                    if (line.error() != null) {
                        throw new IllegalArgumentException(line.error());
                    }
                    result = evaluateLine(mocksy, reader.readTree(line.text()), line.number());
                    evaluated++;
                } catch (IOException | IllegalArgumentException | MocksyException e) {
                    failures++;
                    result = MocksyJson.mapper().createObjectNode().put("error", describe(e));
                }
                result.put("line", line.number());
                terminal.out().println(json ? MocksyJson.mapper().writeValueAsString(result) : summary(result));
            }
        }
        if (evaluated + failures == 0) {
            terminal.err().println("mocksy: " + input + " is empty: no line holds {\"question\", \"answer\"}");
            return 1;
        }
        if (failures > 0) {
            terminal.err()
                    .println("mocksy: " + failures + " of " + (evaluated + failures)
                            + " line(s) could not be evaluated; see their \"error\"");
        }
        return failures == 0 ? 0 : 1;
    }

    private static ObjectNode evaluateLine(Mocksy mocksy, JsonNode item, int number) {
        if (item == null || !item.isObject()) {
            throw new IllegalArgumentException("expected one JSON object {\"question\": ..., \"answer\": ...}");
        }
        String q = text(item, "question", number);
        String a = text(item, "answer", number);
        String ref = item.hasNonNull("reference") ? item.get("reference").asText() : null;
        return evaluate(mocksy, q, a, ref, keyPoints(item.get("keyPoints"), number))
                .toJson();
    }

    private static String describe(Exception e) {
        if (e instanceof IOException) {
            String first = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            return first.contains("Trailing token")
                    ? "more than one JSON value on the line; put each object on its own line"
                    : "not valid JSON: " + first;
        }
        return e.getMessage();
    }

    private static String text(JsonNode item, String field, int line) {
        JsonNode value = item.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException("line " + line + " needs a non-empty string \"" + field + "\"");
        }
        return value.asText();
    }

    /** An evaluation and the bank question it was scored against, if any. */
    record Evaluated(String question, Question matched, Evaluation evaluation) {

        ObjectNode toJson() {
            ObjectMapper mapper = MocksyJson.mapper();
            ObjectNode result = mapper.createObjectNode();
            result.put("question", question);
            if (matched != null) {
                result.put("matchedQuestionId", matched.id());
            }
            result.put("overall", evaluation.overall());
            ObjectNode categories = result.putObject("categories");
            for (RubricCategory category : RubricCategory.values()) {
                categories.put(category.name().toLowerCase(Locale.ROOT), evaluation.score(category));
            }
            result.set("covered", mapper.valueToTree(evaluation.covered()));
            result.set("missed", mapper.valueToTree(evaluation.missed()));
            result.set("evidence", mapper.valueToTree(evaluation.evidence()));
            result.put("suggestion", evaluation.suggestion());
            result.set(
                    "flags",
                    mapper.valueToTree(evaluation.flags().stream()
                            .map(flag -> flag.name().toLowerCase(Locale.ROOT))
                            .sorted()
                            .toList()));
            result.put("nonAnswer", evaluation.nonAnswer());
            result.set("modelAnswer", mapper.valueToTree(evaluation.modelAnswer()));
            result.put("method", evaluation.method());
            result.put("fallback", Printer.isFallback(evaluation));
            return result;
        }
    }

    /**
     * Scores the answer: against the given key points or reference answer when there are any, else against the bank
     * question the text matches, else on relevance, structure and specificity alone.
     */
    static Evaluated evaluate(
            Mocksy mocksy, String questionText, String answerText, String referenceText, List<KeyPoint> keyPoints) {
        if (questionText.isBlank()) {
            throw new IllegalArgumentException("the question must not be blank");
        }
        boolean ownGrading = !keyPoints.isEmpty() || (referenceText != null && !referenceText.isBlank());
        Question matched = ownGrading
                ? null
                : QuestionBank.defaultBank().find(questionText).orElse(null);
        Question asked;
        if (matched != null) {
            asked = matched;
        } else if (ownGrading) {
            Question base = referenceText != null && !referenceText.isBlank()
                    ? Question.withReference(questionText, guessType(questionText), referenceText)
                    : Question.adHoc(questionText, guessType(questionText));
            asked = keyPoints.isEmpty()
                    ? base
                    : base.toBuilder().keyPoints(keyPoints).build();
        } else {
            asked = Question.adHoc(questionText, guessType(questionText));
        }
        return new Evaluated(questionText, matched, mocksy.evaluate(asked, answerText));
    }

    /** The "keyPoints" of an input line: sentences, or objects with "point" and "synonyms". */
    static List<KeyPoint> keyPoints(JsonNode node, int line) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new IllegalArgumentException("line " + line + ": \"keyPoints\" must be a list");
        }
        List<KeyPoint> keyPoints = new ArrayList<>();
        for (JsonNode item : node) {
            if (item.isTextual() && !item.asText().isBlank()) {
                List<KeyPoint> derived = ReferenceKeyPoints.from(item.asText(), null);
                keyPoints.add(new KeyPoint(
                        item.asText().strip(),
                        derived.isEmpty()
                                ? List.of(item.asText().strip())
                                : derived.get(0).terms()));
            } else if (item.isObject() && item.hasNonNull("point")) {
                List<String> synonyms = new ArrayList<>();
                for (String field : List.of("synonyms", "terms")) {
                    if (item.has(field)) {
                        item.get(field).forEach(t -> synonyms.add(t.asText()));
                    }
                }
                if (synonyms.isEmpty()) {
                    synonyms.add(item.get("point").asText());
                }
                keyPoints.add(new KeyPoint(item.get("point").asText(), synonyms));
            } else {
                throw new IllegalArgumentException(
                        "line " + line + ": each key point is a sentence or {\"point\", \"synonyms\"}");
            }
        }
        return keyPoints;
    }

    private static String summary(ObjectNode result) {
        return result.has("error")
                ? "line " + result.get("line") + ": " + result.get("error").asText()
                : "line " + result.get("line") + ": " + result.get("overall") + "/10"
                        + (result.get("nonAnswer").asBoolean() ? " (not an answer)" : "");
    }

    static InterviewType guessType(String question) {
        return BEHAVIORAL.matcher(question.strip()).find() ? InterviewType.BEHAVIORAL : InterviewType.TECHNICAL;
    }
}
