package dev.mocksy.question;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.mocksy.interview.Difficulty;
import dev.mocksy.interview.InterviewType;
import dev.mocksy.interview.Level;
import dev.mocksy.interview.Role;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Reads and validates one question-set file; every problem is collected with its line and field. */
final class QuestionSetReader {

    private static final Set<String> SET_FIELDS = Set.of("name", "questions");
    private static final Set<String> QUESTION_FIELDS = Set.of(
            "id",
            "text",
            "type",
            "role",
            "roles",
            "level",
            "levels",
            "difficulty",
            "technologies",
            "companies",
            "keyPoints",
            "misconceptions",
            "followUps",
            "referenceAnswer",
            "modelAnswer");
    private static final Set<String> KEY_POINT_FIELDS = Set.of("point", "synonyms", "terms", "probe");
    private static final Set<String> MISCONCEPTION_FIELDS = Set.of("claim", "correction", "variants");
    private static final Set<String> FOLLOW_UP_FIELDS = Set.of("text", "keyPoints");
    private static final String YAML_FACTORY = "com.fasterxml.jackson.dataformat.yaml.YAMLFactory";

    private final String source;
    private final String yamlFactory;
    private final List<QuestionSetProblem> problems = new ArrayList<>();
    private LocatedTree tree;

    private QuestionSetReader(String source, String yamlFactory) {
        this.source = source;
        this.yamlFactory = yamlFactory;
    }

    /** Whether a file name is YAML by its extension. */
    static boolean isYaml(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml");
    }

    static QuestionSet read(String source, String text, boolean yaml) {
        return read(source, text, yaml, YAML_FACTORY);
    }

    /** Reads with the YAML factory of the given class name: tests name a missing one. */
    static QuestionSet read(String source, String text, boolean yaml, String yamlFactory) {
        return new QuestionSetReader(source, yamlFactory).parse(text, yaml);
    }

    private QuestionSet parse(String text, boolean yaml) {
        try {
            tree = LocatedTree.parse(factory(yaml), text);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            throw new QuestionSetException(List.of(new QuestionSetProblem(
                    source,
                    line,
                    column,
                    "",
                    "not valid " + (yaml ? "YAML" : "JSON") + ": " + e.getOriginalMessage())));
        } catch (IOException e) {
            throw new QuestionSetException("cannot read question set " + source + ": " + e.getMessage(), e);
        }
        JsonNode root = tree.root();
        String name = source;
        JsonNode questions;
        String prefix;
        if (root.isArray()) {
            questions = root;
            prefix = "";
        } else if (root.isObject()) {
            unknownFields(root, "", SET_FIELDS);
            if (root.hasNonNull("name")) {
                name = string(root, "name", "name");
            }
            questions = root.get("questions");
            prefix = "questions";
            if (questions == null || !questions.isArray()) {
                problem("questions", "must be a list of questions");
                throw new QuestionSetException(problems);
            }
        } else {
            problem("", "a question set is a list of questions, or an object with \"questions\"");
            throw new QuestionSetException(problems);
        }
        if (questions.isEmpty()) {
            problem(prefix, "holds no questions; add at least one");
        }
        List<Question> read = new ArrayList<>();
        Map<String, String> ids = new HashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            String path = prefix + "[" + i + "]";
            Question question = question(questions.get(i), path, name, i);
            if (question != null) {
                String previous = ids.putIfAbsent(question.id(), path);
                if (previous != null) {
                    problem(
                            path + ".id",
                            "id '" + question.id() + "' is already used by " + previous + "; ids must be unique");
                } else {
                    read.add(question);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new QuestionSetException(problems);
        }
        return new QuestionSet(name, source, read);
    }

    private Question question(JsonNode node, String path, String setName, int index) {
        if (!node.isObject()) {
            problem(path, "each question is an object with at least \"text\" and \"type\"");
            return null;
        }
        int before = problems.size();
        unknownFields(node, path, QUESTION_FIELDS);
        String text = required(node, "text", path);
        InterviewType type = choice(node, "type", path, InterviewType::parse);
        if (node.has("type") && type == null && !node.get("type").isTextual()) {
            problem(path + ".type", "must be technical, behavioral or system-design");
        }
        if (!node.has("type")) {
            problem(path + ".type", "is missing; write technical, behavioral or system-design");
        }
        if (type == InterviewType.MIXED) {
            problem(path + ".type", "a question is technical, behavioral or system-design, not mixed");
        }
        Set<Role> roles = choices(node, "role", "roles", path, Role::parse, Role.class);
        Set<Level> levels = choices(node, "level", "levels", path, Level::parse, Level.class);
        Difficulty difficulty =
                node.has("difficulty") ? choice(node, "difficulty", path, Difficulty::parse) : Difficulty.MEDIUM;
        List<String> technologies = strings(node, "technologies", path);
        List<String> companies = strings(node, "companies", path);
        List<KeyPoint> keyPoints = keyPoints(node.get("keyPoints"), path + ".keyPoints");
        List<Misconception> misconceptions = misconceptions(node.get("misconceptions"), path + ".misconceptions");
        List<FollowUpPrompt> followUps = followUps(node.get("followUps"), path + ".followUps");
        String reference =
                node.has("referenceAnswer") ? string(node, "referenceAnswer", path + ".referenceAnswer") : null;
        List<String> modelAnswer =
                node.has("modelAnswer") && node.get("modelAnswer").isTextual()
                        ? List.of(node.get("modelAnswer").asText())
                        : strings(node, "modelAnswer", path);
        if (keyPoints.isEmpty() && (reference == null || reference.isBlank()) && !node.has("keyPoints")) {
            problem(path, "needs keyPoints, or a referenceAnswer to derive them from");
        }
        if (problems.size() > before || text == null || type == null) {
            return null;
        }
        if (keyPoints.isEmpty() && reference != null) {
            keyPoints = ReferenceKeyPoints.from(reference, text);
            if (keyPoints.isEmpty()) {
                problem(path + ".referenceAnswer", "is too short to derive key points from; add keyPoints");
                return null;
            }
        }
        String id = node.has("id") ? string(node, "id", path + ".id") : defaultId(setName, index, text);
        try {
            return Question.builder()
                    .id(id)
                    .text(text)
                    .type(type)
                    .roles(roles)
                    .levels(levels)
                    .difficulty(difficulty)
                    .technologies(technologies)
                    .companies(companies)
                    .keyPoints(keyPoints)
                    .misconceptions(misconceptions)
                    .followUps(followUps)
                    .modelAnswer(modelAnswer)
                    .referenceAnswer(reference)
                    .build();
        } catch (IllegalArgumentException e) {
            problem(path, e.getMessage());
            return null;
        }
    }

    private List<KeyPoint> keyPoints(JsonNode node, String path) {
        List<KeyPoint> keyPoints = new ArrayList<>();
        if (node == null || node.isNull()) {
            return keyPoints;
        }
        if (!node.isArray()) {
            problem(path, "must be a list of key points");
            return keyPoints;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            String at = path + "[" + i + "]";
            if (item.isTextual()) {
                List<KeyPoint> derived = ReferenceKeyPoints.from(item.asText(), null);
                if (item.asText().isBlank() || derived.isEmpty()) {
                    problem(
                            at,
                            "a key point needs a sentence with at least two content words, or \"point\" and"
                                    + " \"synonyms\"");
                } else {
                    keyPoints.add(
                            new KeyPoint(item.asText().strip(), derived.get(0).terms()));
                }
                continue;
            }
            if (!item.isObject()) {
                problem(at, "a key point is a sentence, or an object with \"point\" and \"synonyms\"");
                continue;
            }
            unknownFields(item, at, KEY_POINT_FIELDS);
            String point = required(item, "point", at);
            List<String> synonyms = new ArrayList<>(strings(item, "synonyms", at));
            synonyms.addAll(strings(item, "terms", at));
            String probe = item.has("probe") ? string(item, "probe", at + ".probe") : null;
            if (point == null) {
                continue;
            }
            if (synonyms.isEmpty()) {
                List<KeyPoint> derived = ReferenceKeyPoints.from(point, null);
                if (derived.isEmpty()) {
                    problem(at + ".synonyms", "is missing; list the words that show the point was made");
                    continue;
                }
                synonyms.addAll(derived.get(0).terms());
            }
            for (int s = 0; s < synonyms.size(); s++) {
                if (synonyms.get(s).isBlank()) {
                    problem(at + ".synonyms[" + s + "]", "must not be blank");
                }
            }
            keyPoints.add(
                    new KeyPoint(point, synonyms.stream().map(String::strip).toList(), probe));
        }
        return keyPoints;
    }

    private List<Misconception> misconceptions(JsonNode node, String path) {
        List<Misconception> misconceptions = new ArrayList<>();
        if (node == null || node.isNull()) {
            return misconceptions;
        }
        if (!node.isArray()) {
            problem(path, "must be a list of {claim, correction, variants}");
            return misconceptions;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            String at = path + "[" + i + "]";
            if (!item.isObject()) {
                problem(at, "a misconception is an object with \"claim\" and \"correction\"");
                continue;
            }
            unknownFields(item, at, MISCONCEPTION_FIELDS);
            String claim = required(item, "claim", at);
            String correction = required(item, "correction", at);
            List<String> variants = strings(item, "variants", at);
            if (claim != null && correction != null) {
                try {
                    misconceptions.add(new Misconception(claim, correction, variants));
                } catch (IllegalArgumentException e) {
                    problem(at, e.getMessage());
                }
            }
        }
        return misconceptions;
    }

    private List<FollowUpPrompt> followUps(JsonNode node, String path) {
        List<FollowUpPrompt> followUps = new ArrayList<>();
        if (node == null || node.isNull()) {
            return followUps;
        }
        if (!node.isArray()) {
            problem(path, "must be a list of follow-ups (texts, or {text, keyPoints})");
            return followUps;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            String at = path + "[" + i + "]";
            if (item.isTextual() && !item.asText().isBlank()) {
                followUps.add(FollowUpPrompt.of(item.asText()));
            } else if (item.isObject()) {
                unknownFields(item, at, FOLLOW_UP_FIELDS);
                String text = required(item, "text", at);
                List<KeyPoint> keyPoints = keyPoints(item.get("keyPoints"), at + ".keyPoints");
                if (text != null) {
                    followUps.add(new FollowUpPrompt(text, keyPoints));
                }
            } else {
                problem(at, "a follow-up is its text, or an object with \"text\" and \"keyPoints\"");
            }
        }
        return followUps;
    }

    private <E extends Enum<E>> Set<E> choices(
            JsonNode node, String single, String plural, String path, Function<String, E> parse, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        if (node.has(single)) {
            E value = choice(node, single, path, parse);
            if (value != null) {
                values.add(value);
            }
        }
        List<String> many = strings(node, plural, path);
        for (int i = 0; i < many.size(); i++) {
            try {
                values.add(parse.apply(many.get(i)));
            } catch (IllegalArgumentException e) {
                problem(path + "." + plural + "[" + i + "]", e.getMessage());
            }
        }
        return values;
    }

    private <E> E choice(JsonNode node, String field, String path, Function<String, E> parse) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            problem(path + "." + field, "must be text");
            return null;
        }
        try {
            return parse.apply(value.asText());
        } catch (IllegalArgumentException e) {
            problem(path + "." + field, e.getMessage());
            return null;
        }
    }

    private String required(JsonNode node, String field, String path) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            problem(path + "." + field, "is missing");
            return null;
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            problem(path + "." + field, "must be non-empty text");
            return null;
        }
        return value.asText().strip();
    }

    private String string(JsonNode node, String field, String path) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            problem(path, "must be text");
            return null;
        }
        return value.asText().strip();
    }

    private List<String> strings(JsonNode node, String field, String path) {
        JsonNode value = node.get(field);
        List<String> values = new ArrayList<>();
        if (value == null || value.isNull()) {
            return values;
        }
        if (value.isTextual()) {
            values.add(value.asText());
            return values;
        }
        if (!value.isArray()) {
            problem(path + "." + field, "must be a list of texts");
            return values;
        }
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            if (!item.isTextual() && !item.isNumber()) {
                problem(path + "." + field + "[" + i + "]", "must be text");
            } else {
                values.add(item.asText());
            }
        }
        return values;
    }

    private void unknownFields(JsonNode node, String path, Set<String> known) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                problem(
                        path.isEmpty() ? name : path + "." + name,
                        "unknown field; known fields are "
                                + String.join(", ", known.stream().sorted().toList()));
            }
        }
    }

    private void problem(String field, String message) {
        problems.add(new QuestionSetProblem(source, tree.line(field), tree.column(field), field, message));
    }

    private static String defaultId(String setName, int index, String text) {
        String slug =
                setName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (slug.length() > 24) {
            slug = slug.substring(0, 24);
        }
        return (slug.isEmpty() ? "set" : slug) + "-" + (index + 1) + "-"
                + Integer.toHexString(text.strip().hashCode());
    }

    private JsonFactory factory(boolean yaml) {
        if (!yaml) {
            return new JsonFactory();
        }
        try {
            return (JsonFactory)
                    Class.forName(yamlFactory).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new QuestionSetException(
                    "question set " + source + " is YAML, which needs com.fasterxml.jackson.dataformat:"
                            + "jackson-dataformat-yaml on the class path (an optional dependency of mocksy-core); add it,"
                            + " or write the set as JSON",
                    e);
        }
    }
}
