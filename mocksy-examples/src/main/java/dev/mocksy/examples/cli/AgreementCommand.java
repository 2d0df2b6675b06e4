package dev.mocksy.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mocksy.Mocksy;
import dev.mocksy.internal.MocksyJson;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code ./mocksy agreement}: how closely evaluators agree with human graders on a rated set, for researchers.
 *
 * <p>Each line of the input is {@code {"question", "answer", "score"}} with optional {@code "reference"} and
 * {@code "keyPoints"}; {@code score} is the human grade on a 0-{@code --scale} scale.
 */
@Command(
        name = "agreement",
        mixinStandardHelpOptions = true,
        description = "Agreement of evaluators with human grades: Spearman, Pearson, quadratic weighted kappa and mean"
                + " absolute error with bootstrap 95% intervals, one row per evaluator.")
final class AgreementCommand implements Callable<Integer> {

    private final Terminal terminal;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--input",
            required = true,
            paramLabel = "FILE",
            description = "JSON lines {\"question\", \"answer\", \"score\"[, \"reference\", \"keyPoints\"]}.")
    Path input;

    @Option(
            names = "--evaluator",
            arity = "1..*",
            paramLabel = "NAME",
            description = "offline (the default), openai, gemini or claude; several give one row each.")
    List<String> evaluators = new ArrayList<>(List.of("offline"));

    @Option(names = "--scale", paramLabel = "MAX", description = "The top of the human scale (default 5).")
    double scale = 5;

    @Option(names = "--bootstrap", paramLabel = "N", description = "Bootstrap resamples (default 1000).")
    int bootstrap = 1000;

    @Option(names = "--seed", paramLabel = "SEED", description = "Seed of the bootstrap (default 42).")
    long seed = 42;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    AgreementCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    /** One rated answer. */
    record Rated(String question, String answer, double score, String reference, JsonNode keyPoints) {}

    @Override
    public Integer call() throws IOException {
        List<Rated> rated = read();
        ObjectMapper mapper = MocksyJson.mapper();
        ArrayNode rows = mapper.createArrayNode();
        PrintStream out = terminal.out();
        if (!json) {
            out.printf(Locale.ROOT, "%d rated answers, human scale 0-%s%n", rated.size(), trim(scale));
            out.printf(
                    Locale.ROOT,
                    "%-10s %-22s %-22s %-22s %-22s%n",
                    "evaluator",
                    "Spearman [95% CI]",
                    "Pearson [95% CI]",
                    "QW kappa [95% CI]",
                    "MAE [95% CI]");
        }
        for (String name : evaluators) {
            Mocksy mocksy = mocksy(name);
            double[] human = new double[rated.size()];
            double[] machine = new double[rated.size()];
            for (int i = 0; i < rated.size(); i++) {
                Rated item = rated.get(i);
                human[i] = item.score();
                machine[i] = EvaluateCommand.evaluate(
                                mocksy,
                                item.question(),
                                item.answer(),
                                item.reference(),
                                EvaluateCommand.keyPoints(item.keyPoints(), i + 1))
                        .evaluation()
                        .overall();
            }
            Agreement agreement = Agreement.of(human, machine, scale, bootstrap, seed);
            if (json) {
                ObjectNode row = rows.addObject().put("evaluator", name).put("n", agreement.n());
                put(row, "spearman", agreement.spearman());
                put(row, "pearson", agreement.pearson());
                put(row, "quadraticWeightedKappa", agreement.kappa());
                put(row, "meanAbsoluteError", agreement.mae());
            } else {
                out.printf(
                        Locale.ROOT,
                        "%-10s %-22s %-22s %-22s %-22s%n",
                        name,
                        cell(agreement.spearman()),
                        cell(agreement.pearson()),
                        cell(agreement.kappa()),
                        cell(agreement.mae()));
            }
        }
        if (json) {
            out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(rows));
        }
        return 0;
    }

    private Mocksy mocksy(String name) {
        String id = name.strip().toLowerCase(Locale.ROOT);
        if (id.equals("offline") || id.equals("heuristic")) {
            return Mocksy.builder()
                    .setting("mocksy.language-model", "offline")
                    .setting("mocksy.answer-evaluator", "heuristic")
                    .build();
        }
        return Mocksy.builder().setting("mocksy.language-model", id).build();
    }

    private List<Rated> read() throws IOException {
        if (!Files.isRegularFile(input)) {
            throw new ParameterException(spec.commandLine(), "no such file: " + input);
        }
        List<Rated> rated = new ArrayList<>();
        List<String> lines = Files.readAllLines(input, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            JsonNode item;
            try {
                item = MocksyJson.mapper().readTree(line);
            } catch (IOException e) {
                throw new IllegalArgumentException(input + " line " + (i + 1) + " is not valid JSON");
            }
            for (String field : List.of("question", "answer")) {
                if (!item.hasNonNull(field) || !item.get(field).isTextual()) {
                    throw new IllegalArgumentException(
                            input + " line " + (i + 1) + " needs a string \"" + field + "\"");
                }
            }
            if (!item.hasNonNull("score") || !item.get("score").isNumber()) {
                throw new IllegalArgumentException(input + " line " + (i + 1)
                        + " needs a numeric \"score\" (the human grade, 0-" + trim(scale) + ")");
            }
            double score = item.get("score").asDouble();
            if (score < 0 || score > scale) {
                throw new IllegalArgumentException(input + " line " + (i + 1) + ": score " + score + " is outside 0-"
                        + trim(scale) + "; set --scale to the top of your scale");
            }
            rated.add(new Rated(
                    item.get("question").asText(),
                    item.get("answer").asText(),
                    score,
                    item.hasNonNull("reference") ? item.get("reference").asText() : null,
                    item.get("keyPoints")));
        }
        if (rated.size() < 3) {
            throw new IllegalArgumentException(input + " holds " + rated.size() + " rated answers; agreement needs 3");
        }
        return rated;
    }

    private static void put(ObjectNode row, String name, Agreement.Interval interval) {
        row.putObject(name)
                .put("value", round(interval.value()))
                .put("low", round(interval.low()))
                .put("high", round(interval.high()));
    }

    private static String cell(Agreement.Interval interval) {
        return String.format(Locale.ROOT, "%.2f [%.2f, %.2f]", interval.value(), interval.low(), interval.high());
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
