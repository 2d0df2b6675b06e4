package dev.mocksy.question;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import dev.mocksy.internal.MocksyJson;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Topics a candidate may mention in passing (a distributed system, an outage, leading a team), the phrases that
 * give them away, and the follow-ups an interviewer would ask about them.
 *
 * <p>The standard lexicon is the resource {@value #STANDARD}; a product can load its own with {@link #fromJson}.
 */
public final class MentionLexicon {

    /** The resource holding the standard lexicon. */
    public static final String STANDARD = "dev/mocksy/question/mention-lexicon.json";

    private static final Set<String> NEGATIONS =
            Set.of("never", "not", "no", "without", "haven't", "hasn't", "didn't", "don't", "hardly", "nor");

    /** Capitalised words that follow "at" without being a company, as in "at The time" or "at Night". */
    private static final Set<String> NOT_NAMES = Set.of(
            "The", "This", "That", "A", "An", "Our", "My", "Least", "First", "Last", "Once", "Night", "Work", "Home",
            "Times", "Peak", "Some", "One", "All", "Most", "Scale", "I");

    private static final Pattern AT_NAME =
            Pattern.compile("\\b[Aa]t\\s+((?:[A-Z][\\p{L}\\p{N}&'-]*)(?:\\s+(?:(?!I\\b)[A-Z][\\p{L}\\p{N}&'-]*|&))*)");

    /** Words before "at" that make what follows a thing, not a company: "looked at Grafana", "good at Go". */
    private static final Set<String> NOT_AT_COMPANY = Set.of(
            "look", "looks", "looked", "looking", "good", "great", "better", "best", "bad", "worse", "peaked", "aimed",
            "pointed", "arrived", "stared", "glanced");

    private static final Pattern PREVIOUS_WORD = Pattern.compile("([\\p{L}']+)\\s*$");

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?;\\n]");

    private static volatile MentionLexicon standard;

    private final List<CompiledTopic> topics;

    private MentionLexicon(List<Topic> topics) {
        List<CompiledTopic> compiled = new ArrayList<>();
        for (Topic topic : topics) {
            List<String> firstWords = topic.triggers().stream()
                    .map(trigger -> trigger.strip().toLowerCase(Locale.ROOT).split("[\\s-]+")[0])
                    .distinct()
                    .toList();
            compiled.add(new CompiledTopic(topic, compile(topic.triggers()), firstWords));
        }
        this.topics = List.copyOf(compiled);
    }

    /**
     * A topic with its trigger phrases, follow-up templates and the key points a good follow-up answer covers.
     *
     * @param kind {@value #TECHNICAL}, {@value #BEHAVIORAL} or {@value #ANY}: which questions its follow-ups fit (a
     *     technical answer gets a technical probe, never "what would you do differently?")
     */
    public record Topic(
            String topic, String kind, List<String> triggers, List<String> templates, List<KeyPoint> keyPoints) {

        /** A topic whose follow-ups fit technical and system design questions. */
        public static final String TECHNICAL = "technical";

        /** A topic whose follow-ups fit behavioral questions only. */
        public static final String BEHAVIORAL = "behavioral";

        /** A topic whose follow-ups fit any question. */
        public static final String ANY = "any";

        /** A topic that fits any question. */
        public Topic(String topic, List<String> triggers, List<String> templates, List<KeyPoint> keyPoints) {
            this(topic, ANY, triggers, templates, keyPoints);
        }

        /** Whether its follow-ups fit a question of this type. */
        public boolean fits(dev.mocksy.interview.InterviewType type) {
            return switch (kind) {
                case TECHNICAL -> true;
                case BEHAVIORAL -> type == dev.mocksy.interview.InterviewType.BEHAVIORAL;
                default -> true;
            };
        }

        public Topic {
            kind = kind == null || kind.isBlank() ? ANY : kind.strip().toLowerCase(Locale.ROOT);
            if (!kind.equals(TECHNICAL) && !kind.equals(BEHAVIORAL) && !kind.equals(ANY)) {
                throw new IllegalArgumentException(
                        "topic '" + topic + "': kind must be technical, behavioral or any, got '" + kind + "'");
            }
            if (topic == null || topic.isBlank()) {
                throw new IllegalArgumentException("topic must not be blank");
            }
            triggers = List.copyOf(Objects.requireNonNull(triggers, "triggers of " + topic));
            templates = List.copyOf(Objects.requireNonNull(templates, "templates of " + topic));
            keyPoints = List.copyOf(Objects.requireNonNull(keyPoints, "keyPoints of " + topic));
            if (triggers.isEmpty() || triggers.stream().anyMatch(t -> t == null || t.isBlank())) {
                throw new IllegalArgumentException("topic '" + topic + "' needs non-blank triggers");
            }
            if (templates.isEmpty() || templates.stream().anyMatch(t -> t == null || !t.contains("{mention}"))) {
                throw new IllegalArgumentException("topic '" + topic + "' needs templates that each contain {mention}");
            }
            if (keyPoints.isEmpty()) {
                throw new IllegalArgumentException("topic '" + topic + "' needs key points");
            }
        }
    }

    /**
     * A topic found in an answer.
     *
     * @param topic the topic
     * @param quote the candidate's own words, e.g. "a distributed system at Acme" ("my" and "our" become "your")
     * @param company the company named with "at", or {@code null}
     */
    public record Mention(Topic topic, String quote, String company) {

        /** The follow-up question from the template at {@code index} (wrapping around). */
        public String question(int index) {
            List<String> templates = topic.templates();
            return templates.get(Math.floorMod(index, templates.size())).replace("{mention}", quote);
        }
    }

    /** A topic with its trigger pattern and, to skip the pattern cheaply, the lower-case first words of triggers. */
    private record CompiledTopic(Topic topic, Pattern pattern, List<String> firstWords) {

        boolean mayMatch(String lowerCaseText) {
            for (String word : firstWords) {
                if (lowerCaseText.contains(word)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * The standard lexicon shipped with Mocksy, loaded on first use and cached.
     *
     * @throws QuestionBankException when the resource is missing or invalid
     */
    public static MentionLexicon standard() {
        MentionLexicon lexicon = standard;
        if (lexicon == null) {
            synchronized (MentionLexicon.class) {
                lexicon = standard;
                if (lexicon == null) {
                    lexicon = loadStandard();
                    standard = lexicon;
                }
            }
        }
        return lexicon;
    }

    private static MentionLexicon loadStandard() {
        InputStream in = MentionLexicon.class.getClassLoader().getResourceAsStream(STANDARD);
        if (in == null) {
            throw new QuestionBankException("the mention lexicon " + STANDARD + " is missing from the class path");
        }
        try (in) {
            return fromJson(STANDARD, in);
        } catch (IOException e) {
            throw new QuestionBankException("cannot read the mention lexicon " + STANDARD + ": " + e.getMessage(), e);
        }
    }

    /**
     * A lexicon from a JSON array of topics: {@code topic}, {@code triggers}, {@code templates} (each with a
     * {@code {mention}} placeholder) and {@code keyPoints}.
     *
     * @throws QuestionBankException naming {@code source} when the JSON is malformed or a topic is invalid
     */
    public static MentionLexicon fromJson(String source, InputStream json) {
        try {
            List<Topic> topics = MocksyJson.mapper()
                    .readerFor(new TypeReference<List<Topic>>() {})
                    .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(json);
            return new MentionLexicon(topics);
        } catch (IOException e) {
            throw new QuestionBankException("mention lexicon " + source + " is invalid: " + e.getMessage(), e);
        }
    }

    /** A lexicon of the given topics. */
    public static MentionLexicon of(List<Topic> topics) {
        return new MentionLexicon(topics);
    }

    /** The topics, in the order they were given. */
    public List<Topic> topics() {
        return topics.stream().map(CompiledTopic::topic).toList();
    }

    /**
     * The earliest mention in {@code answer} of a topic that {@code allowed} accepts; a negated mention ("I have
     * never used Kubernetes") does not count.
     */
    public Optional<Mention> find(String answer, Predicate<Topic> allowed) {
        if (answer == null || answer.isBlank()) {
            return Optional.empty();
        }
        String lowerCase = answer.toLowerCase(Locale.ROOT);
        Mention best = null;
        int bestStart = Integer.MAX_VALUE;
        for (CompiledTopic compiled : topics) {
            if (!compiled.mayMatch(lowerCase) || !allowed.test(compiled.topic())) {
                continue;
            }
            Matcher matcher = compiled.pattern().matcher(answer);
            while (matcher.find()) {
                if (matcher.start() >= bestStart) {
                    break;
                }
                if (negated(answer, matcher.start())) {
                    continue;
                }
                String company = company(answer, matcher.start(), matcher.end());
                best = new Mention(compiled.topic(), quote(matcher, company), company);
                bestStart = matcher.start();
                break;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether {@code text} mentions any of the topic's triggers, negated or not. */
    public boolean mentions(Topic topic, String text) {
        if (text == null) {
            return false;
        }
        String lowerCase = text.toLowerCase(Locale.ROOT);
        for (CompiledTopic compiled : topics) {
            if (compiled.topic().equals(topic)) {
                return compiled.mayMatch(lowerCase)
                        && compiled.pattern().matcher(text).find();
            }
        }
        return false;
    }

    private static Pattern compile(List<String> triggers) {
        List<String> alternatives = new ArrayList<>();
        for (String trigger : triggers) {
            List<String> parts = new ArrayList<>();
            for (String word : trigger.strip().split("[\\s-]+")) {
                parts.add(Pattern.quote(word));
            }
            alternatives.add(String.join("[\\s-]+", parts));
        }
        // Longest first, so "distributed systems" wins over "distributed".
        alternatives.sort((a, b) -> b.length() - a.length());
        return Pattern.compile(
                "(?<![\\p{L}\\p{N}])(?:(a|an|the|my|our|their|this|that)\\s+)?((?:" + String.join("|", alternatives)
                        + ")(?:s|es|ed|ing)?)(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE);
    }

    private static boolean negated(String answer, int start) {
        int from = Math.max(0, start - 40);
        String before = answer.substring(from, start);
        int sentence = lastSentenceEnd(before);
        String[] words =
                before.substring(sentence).toLowerCase(Locale.ROOT).trim().split("\\s+");
        for (int i = Math.max(0, words.length - 4); i < words.length; i++) {
            if (NEGATIONS.contains(words[i].replace("’", "'"))) {
                return true;
            }
        }
        return false;
    }

    private static String company(String answer, int start, int end) {
        int sentenceStart = lastSentenceEnd(answer.substring(0, start));
        Matcher endMatcher = SENTENCE_END.matcher(answer);
        int sentenceEnd = endMatcher.find(end) ? endMatcher.start() : answer.length();
        String name = firstCompany(answer.substring(end, sentenceEnd));
        return name != null ? name : firstCompany(answer.substring(sentenceStart, start));
    }

    /** The first "at Name" in {@code text} that names a place of work, not "looked at Grafana" or "good at Go". */
    private static String firstCompany(String text) {
        Matcher matcher = AT_NAME.matcher(text);
        while (matcher.find()) {
            Matcher previous = PREVIOUS_WORD.matcher(text.substring(0, matcher.start()));
            String before = previous.find() ? previous.group(1).toLowerCase(Locale.ROOT) : "";
            String name = NOT_AT_COMPANY.contains(before) ? null : cleanName(matcher.group(1));
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    private static String cleanName(String candidate) {
        String name = candidate.strip().replaceAll("[\\s&]+$", "");
        String first = name.split("\\s+")[0];
        return name.isEmpty() || NOT_NAMES.contains(first) ? null : name;
    }

    private static int lastSentenceEnd(String text) {
        Matcher matcher = SENTENCE_END.matcher(text);
        int last = 0;
        while (matcher.find()) {
            last = matcher.end();
        }
        return last;
    }

    private static String quote(Matcher matcher, String company) {
        String determiner = matcher.group(1);
        String words = matcher.group(2).replaceAll("\\s+", " ");
        StringBuilder quote = new StringBuilder();
        if (determiner != null) {
            String lower = determiner.toLowerCase(Locale.ROOT);
            quote.append(lower.equals("my") || lower.equals("our") ? "your" : lower)
                    .append(' ');
        }
        quote.append(words);
        if (company != null) {
            quote.append(" at ").append(company);
        }
        return quote.toString();
    }

    @Override
    public String toString() {
        return "MentionLexicon[" + topics.size() + " topics]";
    }
}
