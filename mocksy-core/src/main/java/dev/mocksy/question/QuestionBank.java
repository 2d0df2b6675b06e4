package dev.mocksy.question;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.mocksy.internal.MocksyJson;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable, validated collection of questions with unique ids.
 *
 * <pre>{@code
 * QuestionBank bank = QuestionBank.defaultBank();               // the bank that ships with Mocksy
 * QuestionBank mine = QuestionBank.fromResources(List.of("acme/questions.json"));
 * Optional<Question> known = bank.find("What is a database index?");
 * }</pre>
 *
 * <p>A bank file is a JSON array of objects with exactly the fields of {@link Question}; enums are written as their
 * constant names, e.g. {@code "type": "TECHNICAL"}.
 */
public final class QuestionBank {

    /** The folder of the default bank on the class path. */
    public static final String DEFAULT_FOLDER = "dev/mocksy/question/bank/";

    /** The resource listing the default bank's files, a JSON array of file names in {@link #DEFAULT_FOLDER}. */
    public static final String DEFAULT_INDEX = DEFAULT_FOLDER + "index.json";

    /**
     * How closely free text must match a question's text for {@link #find} to return it: the Dice coefficient of
     * their topic words, {@code 2|A∩B| / (|A|+|B|)}, at least this. 0.6 accepts a question retyped with a word or
     * two changed, dropped or added, and rejects questions that merely share a subject.
     */
    public static final double FIND_THRESHOLD = 0.6;

    private static final ObjectReader QUESTION_READER =
            MocksyJson.mapper().readerFor(Question.class).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private static volatile QuestionBank defaultBank;

    private final List<Question> questions;
    private final Map<String, Question> byId;
    private final List<Set<String>> textWords;

    private QuestionBank(List<Question> questions) {
        this.questions = List.copyOf(questions);
        Map<String, Question> index = new LinkedHashMap<>();
        List<Set<String>> words = new ArrayList<>();
        for (Question question : this.questions) {
            index.put(question.id(), question);
            words.add(Tokens.topicWords(question.text()));
        }
        this.byId = Map.copyOf(index);
        this.textWords = List.copyOf(words);
    }

    /**
     * The bank that ships with Mocksy: every file listed in {@value #DEFAULT_INDEX}, loaded on first use and cached.
     *
     * @throws QuestionBankException when the index or a listed file is missing or invalid; the message names it
     */
    public static QuestionBank defaultBank() {
        QuestionBank bank = defaultBank;
        if (bank == null) {
            synchronized (QuestionBank.class) {
                bank = defaultBank;
                if (bank == null) {
                    // A failed load is not cached: the error is reported again, not turned into a class init error.
                    bank = fromIndex(DEFAULT_FOLDER, "index.json");
                    defaultBank = bank;
                }
            }
        }
        return bank;
    }

    /**
     * A bank of the files listed in an index: a JSON array of file names in {@code folder}.
     *
     * @throws QuestionBankException when the index or a listed file is missing or invalid; the message names it
     */
    static QuestionBank fromIndex(String folder, String indexName) {
        String indexPath = folder + indexName;
        JsonNode index;
        try (InputStream in = open(indexPath)) {
            index = MocksyJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new QuestionBankException(
                    "cannot read the question bank index " + indexPath + ": " + originalMessage(e), e);
        }
        if (index == null || !index.isArray()) {
            throw new QuestionBankException(indexPath + " must be a JSON array of file names");
        }
        List<String> resources = new ArrayList<>();
        for (JsonNode name : index) {
            if (!name.isTextual() || name.asText().isBlank()) {
                throw new QuestionBankException(indexPath + " must list file names as strings, found " + name);
            }
            resources.add(folder + name.asText());
        }
        return fromResources(resources);
    }

    /**
     * A bank from JSON files on the class path, e.g. {@code "acme/questions.json"}.
     *
     * @throws QuestionBankException when a file is missing, is not valid JSON, holds an invalid question, or an id
     *     appears twice; the message names the file and the question
     */
    public static QuestionBank fromResources(List<String> resourcePaths) {
        Objects.requireNonNull(resourcePaths, "resourcePaths");
        Builder builder = new Builder();
        for (String path : resourcePaths) {
            try (InputStream in = open(path)) {
                builder.addAll(path, read(path, in));
            } catch (IOException e) {
                throw new QuestionBankException("cannot read question bank file " + path + ": " + e.getMessage(), e);
            }
        }
        return builder.build();
    }

    /**
     * A bank from one JSON array of questions.
     *
     * @param source a name for error messages, e.g. the file name
     * @throws QuestionBankException when the JSON is malformed or a question is invalid; the message names the source
     */
    public static QuestionBank fromJson(String source, InputStream json) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(json, "json");
        Builder builder = new Builder();
        builder.addAll(source, read(source, json));
        return builder.build();
    }

    /**
     * A bank of the given questions.
     *
     * @throws QuestionBankException when an id appears twice or a question has no key points
     */
    public static QuestionBank of(Collection<Question> questions) {
        Builder builder = new Builder();
        builder.addAll("the given questions", List.copyOf(questions));
        return builder.build();
    }

    /** A bank with this bank's questions followed by {@code other}'s; ids must stay unique. */
    public QuestionBank merge(QuestionBank other) {
        Builder builder = new Builder();
        builder.addAll("this bank", questions);
        builder.addAll("the merged bank", other.questions);
        return builder.build();
    }

    /** Every question, in the order of the files. */
    public List<Question> questions() {
        return questions;
    }

    /** The number of questions. */
    public int size() {
        return questions.size();
    }

    /** The question with this id. */
    public Optional<Question> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The question whose text matches free text closely, e.g. a question typed from memory, so its key points can be
     * reused. Words are compared after lower-casing, dropping punctuation, stop words and request words such as
     * "explain", and removing plural and verb endings; the best match counts when its Dice coefficient is at least
     * {@link #FIND_THRESHOLD}.
     */
    public Optional<Question> find(String questionText) {
        Set<String> wanted = Tokens.topicWords(questionText);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        Question best = null;
        double bestScore = 0;
        for (int i = 0; i < questions.size(); i++) {
            Set<String> words = textWords.get(i);
            long shared = words.stream().filter(wanted::contains).count();
            double score = 2.0 * shared / (words.size() + wanted.size());
            if (score > bestScore) {
                bestScore = score;
                best = questions.get(i);
            }
        }
        return bestScore >= FIND_THRESHOLD ? Optional.of(best) : Optional.empty();
    }

    @Override
    public String toString() {
        return "QuestionBank[" + questions.size() + " questions]";
    }

    private static InputStream open(String path) {
        String resource = path.startsWith("/") ? path.substring(1) : path;
        InputStream in = null;
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        if (context != null) {
            in = context.getResourceAsStream(resource);
        }
        if (in == null) {
            in = QuestionBank.class.getClassLoader().getResourceAsStream(resource);
        }
        if (in == null) {
            throw new QuestionBankException("question bank file " + resource
                    + " is not on the class path; add it, or remove it from the list of bank files");
        }
        return in;
    }

    private static List<Question> read(String source, InputStream in) {
        JsonNode root;
        try {
            root = MocksyJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new QuestionBankException(
                    "question bank file " + source + " is not valid JSON: " + originalMessage(e), e);
        }
        if (root == null || !root.isArray()) {
            throw new QuestionBankException("question bank file " + source + " must hold a JSON array of questions");
        }
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode node = root.get(i);
            String name = node.hasNonNull("id") ? node.get("id").asText() : "#" + (i + 1);
            try {
                questions.add(QUESTION_READER.readValue(node));
            } catch (IOException e) {
                throw new QuestionBankException(
                        "question bank file " + source + ", question " + name + ": " + originalMessage(e), e);
            }
        }
        return questions;
    }

    private static String originalMessage(IOException e) {
        if (e instanceof JsonProcessingException json) {
            Throwable cause = json.getCause();
            if (cause instanceof NullPointerException) {
                return cause.getMessage() + " is missing";
            }
            if (cause instanceof IllegalArgumentException) {
                return cause.getMessage();
            }
            return json.getOriginalMessage();
        }
        return e.getMessage();
    }

    /** Collects questions from several sources and checks them as a whole. */
    private static final class Builder {
        private final List<Question> questions = new ArrayList<>();
        private final Map<String, String> sourceById = new HashMap<>();

        void addAll(String source, List<Question> more) {
            for (Question question : more) {
                validate(source, question);
                String previous = sourceById.putIfAbsent(question.id(), source);
                if (previous != null) {
                    throw new QuestionBankException("question bank file " + source + ": question id " + question.id()
                            + " is already used" + (previous.equals(source) ? " in the same file" : " in " + previous)
                            + "; ids must be unique");
                }
                questions.add(question);
            }
        }

        QuestionBank build() {
            return new QuestionBank(questions);
        }

        private static void validate(String source, Question question) {
            String where = "question bank file " + source + ", question " + question.id() + ": ";
            if (question.keyPoints().isEmpty()) {
                throw new QuestionBankException(where + "has no key points; list what a strong answer covers");
            }
            for (KeyPoint keyPoint : question.keyPoints()) {
                for (String term : keyPoint.terms()) {
                    if (term == null || term.isBlank()) {
                        throw new QuestionBankException(
                                where + "key point '" + keyPoint.point() + "' has a blank term");
                    }
                }
            }
        }
    }
}
