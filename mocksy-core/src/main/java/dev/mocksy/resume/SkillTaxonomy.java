package dev.mocksy.resume;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A curated list of technologies and skills with their aliases and categories, and the matcher that finds them in
 * text.
 *
 * <pre>{@code
 * List<Skill> skills = SkillTaxonomy.standard().find("Built k8s operators in Golang; Postgres, React.js");
 * // Kubernetes, Go, PostgreSQL, React
 * }</pre>
 *
 * <p>Matching is precise on short and ambiguous names: an entry flagged {@code case} matches only as written
 * ("Go", never the verb "go"), and one flagged {@code list} only inside a list of skills (C and R as languages,
 * never "Series C" or "R&D"). Nothing is inferred: a skill is returned only when the text names it. Thread-safe.
 */
public final class SkillTaxonomy {

    private static final String RESOURCE = "/dev/mocksy/resume/skills.txt";
    private static final Pattern LIST_SEPARATORS = Pattern.compile("[,;|/•·▪●◦]|\\s-\\s|:|\\band\\b");
    private static final Pattern GO_VERB =
            Pattern.compile("^(?:-|\\s+(?:to|live|ahead|back|through|beyond|further)\\b)");
    private static final Pattern SEASON_FOLLOWS = Pattern.compile(
            "^[\\s,.'’]*(?:\\d{2,4}\\b|semester|term|quarter|break|season|internship)", Pattern.CASE_INSENSITIVE);

    /** One skill with every spelling it may take. */
    record Entry(
            String name,
            String category,
            List<String> spellings,
            boolean caseSensitive,
            boolean listOnly,
            boolean noSeason) {
        Skill skill() {
            return new Skill(name, category);
        }
    }

    /** A skill found at a position of the text. */
    public record Mention(Skill skill, String matched, int start, int end) {}

    private final List<Entry> entries;
    private final Map<String, Entry> bySpelling;
    private final Pattern pattern;

    private SkillTaxonomy(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        Map<String, Entry> spellings = new HashMap<>();
        for (Entry entry : entries) {
            for (String spelling : entry.spellings()) {
                Entry previous = spellings.put(key(spelling), entry);
                if (previous != null && previous != entry) {
                    throw new IllegalArgumentException("skill spelling '" + spelling + "' is claimed by both "
                            + previous.name() + " and " + entry.name());
                }
            }
        }
        this.bySpelling = Map.copyOf(spellings);
        this.pattern = compile(spellings.keySet());
    }

    /** The taxonomy shipped with Mocksy (more than 700 entries). */
    public static SkillTaxonomy standard() {
        return Standard.INSTANCE;
    }

    /**
     * Reads a taxonomy in the shipped format: {@code name | category | alias;alias | flags} per line, {@code #}
     * comments.
     *
     * @throws IllegalArgumentException naming the line that is malformed or a spelling claimed twice
     */
    public static SkillTaxonomy parse(Reader reader) {
        List<Entry> entries = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(reader)) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\\|", -1);
                if (fields.length != 4 || fields[0].isBlank() || fields[1].isBlank()) {
                    throw new IllegalArgumentException(
                            "skills line " + number + " must be 'name|category|aliases|flags', got: " + line);
                }
                List<String> spellings = new ArrayList<>();
                spellings.add(fields[0].strip());
                Arrays.stream(fields[2].split(";"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .forEach(spellings::add);
                Set<String> flags = Set.copyOf(Arrays.stream(fields[3].split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList());
                entries.add(new Entry(
                        fields[0].strip(),
                        fields[1].strip(),
                        List.copyOf(spellings),
                        flags.contains("case"),
                        flags.contains("list"),
                        flags.contains("no-season")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SkillTaxonomy(entries);
    }

    /** How many skills the taxonomy knows. */
    public int size() {
        return entries.size();
    }

    /** Every skill, in the file's order. */
    public List<Skill> skills() {
        return entries.stream().map(Entry::skill).toList();
    }

    /** The skill a name or alias stands for, ignoring case: {@code "k8s"} gives Kubernetes. */
    public Optional<Skill> lookup(String nameOrAlias) {
        if (nameOrAlias == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(bySpelling.get(key(nameOrAlias))).map(Entry::skill);
    }

    /** The distinct skills the text names, most mentioned first, ties in order of first mention. */
    public List<Skill> find(String text) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, Skill> skills = new HashMap<>();
        for (Mention mention : mentions(text)) {
            counts.computeIfAbsent(mention.skill().name(), k -> new int[1])[0]++;
            skills.putIfAbsent(mention.skill().name(), mention.skill());
        }
        List<String> order = new ArrayList<>(counts.keySet());
        List<String> byCount = new ArrayList<>(order);
        byCount.sort(
                Comparator.comparingInt((String name) -> -counts.get(name)[0]).thenComparingInt(order::indexOf));
        return byCount.stream().map(skills::get).toList();
    }

    /** Every accepted mention of a skill, in text order. */
    public List<Mention> mentions(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Candidate> candidates = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            String matched = matcher.group();
            Entry entry = bySpelling.get(key(matched));
            if (entry != null && acceptedAlone(entry, matched, text, matcher.start(), matcher.end())) {
                candidates.add(new Candidate(entry, matched, matcher.start(), matcher.end()));
            }
        }
        List<Mention> mentions = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (!candidate.entry().listOnly() || inList(candidate, candidates, text)) {
                mentions.add(new Mention(
                        candidate.entry().skill(), candidate.matched(), candidate.start(), candidate.end()));
            }
        }
        return List.copyOf(mentions);
    }

    private record Candidate(Entry entry, String matched, int start, int end) {}

    private static boolean acceptedAlone(Entry entry, String matched, String text, int start, int end) {
        if (entry.caseSensitive() && entry.spellings().stream().noneMatch(s -> sameSpelling(s, matched))) {
            return false;
        }
        String after = text.substring(end, Math.min(text.length(), end + 24));
        if (matched.length() == 1 && !after.isEmpty() && "-.'’&".indexOf(after.charAt(0)) >= 0) {
            // "C-level", "John C. Smith", "R&D": a single letter followed by these is not a language.
            return false;
        }
        if (entry.name().equals("Go")
                && matched.equals("Go")
                && GO_VERB.matcher(after).find()) {
            return false;
        }
        return !entry.noSeason() || !SEASON_FOLLOWS.matcher(after).find();
    }

    private static boolean inList(Candidate candidate, List<Candidate> all, String text) {
        int lineStart = text.lastIndexOf('\n', candidate.start()) + 1;
        int lineEnd = text.indexOf('\n', candidate.end());
        if (lineEnd < 0) {
            lineEnd = text.length();
        }
        String line = text.substring(lineStart, lineEnd);
        if (!LIST_SEPARATORS.matcher(line).find()) {
            return false;
        }
        int sameCategory = 0;
        int others = 0;
        for (Candidate other : all) {
            // Only skills that stand on their own count as evidence of a list: "Ruby Chen, Julia Ortiz, Jackson
            // Park" is three names, not three technologies vouching for each other.
            if (other != candidate
                    && !other.entry().listOnly()
                    && other.start() >= lineStart
                    && other.end() <= lineEnd
                    && !other.entry().name().equals(candidate.entry().name())) {
                others++;
                if (other.entry().category().equals(candidate.entry().category())) {
                    sameCategory++;
                }
            }
        }
        return sameCategory >= 1 || others >= 2;
    }

    private static boolean sameSpelling(String spelling, String matched) {
        return spelling.replaceAll("\\s+", " ").equals(matched.replaceAll("\\s+", " "));
    }

    private static String key(String spelling) {
        return spelling.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** One regular expression shaped as a trie of every spelling, so matching costs one pass over the text. */
    private static Pattern compile(Set<String> spellings) {
        TrieNode root = new TrieNode();
        for (String spelling : spellings) {
            TrieNode node = root;
            for (char c : spelling.toCharArray()) {
                node = node.children.computeIfAbsent(c, k -> new TrieNode());
            }
            node.terminal = true;
        }
        String body = root.toRegex();
        String before = "(?<![\\p{L}\\p{N}_+#@$]|[\\p{L}\\p{N}]\\.)";
        String after = "(?![\\p{L}\\p{N}_+#]|\\.[\\p{L}\\p{N}])";
        return Pattern.compile(before + "(?:" + body + ")" + after, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static final class TrieNode {
        final TreeMap<Character, TrieNode> children = new TreeMap<>();
        boolean terminal;

        String toRegex() {
            if (children.isEmpty()) {
                return "";
            }
            List<String> alternatives = new ArrayList<>();
            for (Map.Entry<Character, TrieNode> child : children.entrySet()) {
                char c = child.getKey();
                String literal = c == ' '
                        ? "\\s+" // a name may be broken across lines: "Embedded\nLinux"
                        : Character.isLetterOrDigit(c) ? String.valueOf(c) : Pattern.quote(String.valueOf(c));
                alternatives.add(literal + child.getValue().toRegex());
            }
            String group =
                    alternatives.size() == 1 ? alternatives.get(0) : "(?:" + String.join("|", alternatives) + ")";
            // Greedy: the longest spelling is tried first, a shorter one on backtracking (Spring Boot, then Spring).
            return terminal ? "(?:" + group + ")?" : group;
        }
    }

    private static final class Standard {
        static final SkillTaxonomy INSTANCE = load();

        private static SkillTaxonomy load() {
            InputStream in = SkillTaxonomy.class.getResourceAsStream(RESOURCE);
            if (in == null) {
                throw new IllegalStateException("the skills taxonomy " + RESOURCE + " is missing from mocksy-core");
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }
}
