package dev.mocksy.question;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Your own questions, from a JSON or YAML file: each with its text, type, role, level, technologies, key points with
 * synonyms, misconceptions, follow-ups with their own key points, and a reference answer (a reference answer alone is
 * turned into key points). The format is documented in {@code docs/QUESTION-SETS.md}.
 *
 * <pre>{@code
 * QuestionSet set = QuestionSet.load(Path.of("acme-backend.yaml"));
 * Mocksy mocksy = Mocksy.builder().questionSet(set).build();
 * }</pre>
 *
 * @param name the set's name ({@code name} in the file, else the file name)
 * @param source where it was read from
 * @param questions the questions, in file order
 */
public record QuestionSet(String name, String source, List<Question> questions) {

    public QuestionSet {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        questions = List.copyOf(questions);
    }

    /**
     * Reads and validates a question-set file; {@code .yaml} and {@code .yml} are YAML, anything else JSON.
     *
     * @throws QuestionSetException listing every problem with its line and field, when the file is missing, is not
     *     valid JSON or YAML, or holds an invalid question; or when a YAML file is given without
     *     jackson-dataformat-yaml on the class path
     */
    public static QuestionSet load(Path file) {
        Objects.requireNonNull(file, "file");
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new QuestionSetException("question set " + file + " does not exist", e);
        } catch (IOException e) {
            throw new QuestionSetException("cannot read question set " + file + ": " + e.getMessage(), e);
        }
        return parse(file.toString(), text);
    }

    /**
     * Reads a question set from text; {@code source} names it in messages and decides the format by its extension.
     *
     * @throws QuestionSetException listing every problem with its line and field
     */
    public static QuestionSet parse(String source, String text) {
        return QuestionSetReader.read(source, text, QuestionSetReader.isYaml(source));
    }

    /** The questions of several sets, as one bank; ids must be unique across them. */
    public static QuestionBank bankOf(List<QuestionSet> sets) {
        return QuestionBank.of(
                sets.stream().flatMap(set -> set.questions().stream()).toList());
    }
}
