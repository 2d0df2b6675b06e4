package dev.mocksy.evaluation;

import dev.mocksy.internal.text.AnalyzedText;
import dev.mocksy.internal.text.Token;
import dev.mocksy.internal.text.Tokenizer;
import dev.mocksy.question.KeyPoint;
import dev.mocksy.question.Misconception;
import dev.mocksy.question.Question;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the evaluator needs to know about a question: its content words, its topic vocabulary, its key points compiled
 * to stem sequences, its misconceptions, and what each key point says about which entity (for swapped definitions).
 *
 * <p>A key-point term made only of words of the question itself ("N+1" for "What is the N+1 problem?") is dropped
 * when the key point has other terms: repeating the question's words does not show the point was understood.
 *
 * @param question the question
 * @param questionStems content stems of the question's text
 * @param topicStems content stems of the question, its key points (points and terms) and its technologies
 * @param keyPoints the key points with their terms compiled
 * @param misconceptions the misconceptions with their phrasings compiled
 * @param claims what the key points say about each entity the question contrasts, when it contrasts two or more
 * @param entities the stems of those entities ("authentication", "authorization"), empty when none
 */
record QuestionProfile(
        Question question,
        Set<String> questionStems,
        Set<String> topicStems,
        List<CompiledKeyPoint> keyPoints,
        List<CompiledMisconception> misconceptions,
        List<Claim> claims,
        Set<String> entities) {

    /**
     * A key point whose terms are sequences of stems.
     *
     * @param keyPoint the key point
     * @param terms per term, its content stems in order; all its stems when dropping function words would leave fewer
     *     than two
     * @param joined per term, its stems joined without spaces, to match "tradeoff" against "trade-off"
     * @param pointStems the content stems of the point's sentence
     * @param negative whether the point's sentence is itself negative ("stateless services keep no session")
     * @param properties the words of the point that have an opposite, with the words around them
     * @param subject the content stems the point's sentence opens with, before its verb: what it is about
     */
    record CompiledKeyPoint(
            KeyPoint keyPoint,
            List<List<String>> terms,
            List<String> joined,
            Set<String> pointStems,
            boolean negative,
            List<Property> properties,
            Set<String> subject) {}

    /**
     * A word of a key point that has an opposite ("lightweight" and "heavy").
     *
     * @param word the word as the key point has it
     * @param group the word and its synonyms, lower case
     * @param opposites the opposite words, lower case
     * @param context content stems within three words of it in the key point: what the property is about
     */
    record Property(String word, Set<String> group, Set<String> opposites, Set<String> context) {}

    /**
     * A misconception compiled for matching.
     *
     * @param misconception the misconception
     * @param phrasings each phrasing (the claim and its variants) as stems, with whether it is itself negative
     * @param claimTokens the claim's tokens, for its polarity
     * @param correctionStems the content stems of the correction
     */
    record CompiledMisconception(
            Misconception misconception,
            List<Phrasing> phrasings,
            List<Token> claimTokens,
            Set<String> correctionStems) {}

    /**
     * One way of stating a misconception, as stems, whether it is said with a negation ("never needs"), and its own
     * lower-case words.
     */
    record Phrasing(List<String> stems, boolean negative, Set<String> words) {}

    /**
     * What one key point (or one half of it) says about one entity of the question.
     *
     * @param entity the entity's stem
     * @param entitySurface the entity as written
     * @param description the content stems said about it, entities and question words left out
     * @param descriptionText the same words as text, for meaning-based comparison
     * @param keyPoint the key point it comes from
     */
    record Claim(
            String entity,
            String entitySurface,
            Set<String> description,
            String descriptionText,
            CompiledKeyPoint keyPoint) {}

    private static final int CACHE_LIMIT = 2048;
    private static final Map<Question, QuestionProfile> CACHE = new ConcurrentHashMap<>();

    /** The profile of a question, computed once per question and kept (a bank holds a few hundred). */
    static QuestionProfile of(Question question) {
        QuestionProfile cached = CACHE.get(question);
        if (cached != null) {
            return cached;
        }
        QuestionProfile profile = compute(question);
        if (CACHE.size() >= CACHE_LIMIT) {
            // ad-hoc questions are unbounded; a full clear is rare and only costs recomputation
            CACHE.clear();
        }
        CACHE.put(question, profile);
        return profile;
    }

    private static QuestionProfile compute(Question question) {
        Set<String> questionStems = contentStems(question.text());
        Set<String> topic = new HashSet<>(questionStems);
        List<CompiledKeyPoint> compiled = new ArrayList<>();
        for (KeyPoint keyPoint : question.keyPoints()) {
            topic.addAll(contentStems(keyPoint.point()));
            List<List<String>> terms = new ArrayList<>();
            List<String> joined = new ArrayList<>();
            List<List<String>> echoTerms = new ArrayList<>();
            List<String> echoJoined = new ArrayList<>();
            for (String term : keyPoint.terms()) {
                List<String> stems = termStems(term);
                if (stems.isEmpty()) {
                    continue;
                }
                topic.addAll(stems);
                // a term made only of the question's own words shows nothing when the answer repeats it
                boolean echo = questionStems.containsAll(stems);
                (echo ? echoTerms : terms).add(stems);
                (echo ? echoJoined : joined).add(joinedStem(term));
            }
            if (terms.isEmpty()) {
                terms = echoTerms;
                joined = echoJoined;
            }
            List<Token> pointTokens = Tokenizer.tokenize(keyPoint.point());
            compiled.add(new CompiledKeyPoint(
                    keyPoint,
                    List.copyOf(terms),
                    List.copyOf(joined),
                    Set.copyOf(contentStems(keyPoint.point())),
                    Contradictions.negations(pointTokens) == 1,
                    properties(pointTokens),
                    subject(pointTokens)));
        }
        for (String technology : question.technologies()) {
            topic.addAll(contentStems(technology));
        }
        List<CompiledMisconception> misconceptions = new ArrayList<>();
        for (Misconception misconception : question.misconceptions()) {
            List<Phrasing> phrasings = new ArrayList<>();
            for (String phrasing : misconception.phrasings()) {
                List<String> stems = phrasingStems(phrasing);
                if (!stems.isEmpty()) {
                    List<Token> tokens = Tokenizer.tokenize(phrasing);
                    Set<String> words = new HashSet<>();
                    tokens.forEach(token -> words.add(token.lower()));
                    phrasings.add(new Phrasing(stems, Contradictions.negations(tokens) == 1, Set.copyOf(words)));
                }
            }
            misconceptions.add(new CompiledMisconception(
                    misconception,
                    List.copyOf(phrasings),
                    Tokenizer.tokenize(misconception.claim()),
                    Set.copyOf(contentStems(misconception.correction()))));
        }
        List<Claim> claims = contrasts(question.text()) ? claims(compiled, questionStems) : List.of();
        claims = apart(claims, question.text());
        Set<String> entities = new HashSet<>();
        claims.forEach(claim -> entities.add(claim.entity()));
        if (entities.size() < 2) {
            claims = List.of();
            entities.clear();
        }
        return new QuestionProfile(
                question,
                Set.copyOf(questionStems),
                Set.copyOf(topic),
                List.copyOf(compiled),
                List.copyOf(misconceptions),
                List.copyOf(claims),
                Set.copyOf(entities));
    }

    private static final java.util.regex.Pattern CONTRAST = java.util.regex.Pattern.compile(
            "(?i)\\b(?:differ\\w*|vs\\.?|versus|compare\\w*|contrast\\w*|distinguish\\w*|between)\\b");

    /** Whether the question contrasts things ("the difference between X and Y", "X vs Y"): only then can they swap. */
    private static boolean contrasts(String question) {
        return CONTRAST.matcher(question).find();
    }

    /** Claims whose entities stand apart in the question: "window functions" is one thing, not two. */
    private static List<Claim> apart(List<Claim> claims, String question) {
        List<Token> tokens = Tokenizer.tokenize(question);
        Set<String> entities = new HashSet<>();
        claims.forEach(claim -> entities.add(claim.entity()));
        Set<String> compound = new HashSet<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            String a = tokens.get(i).stem();
            String b = tokens.get(i + 1).stem();
            if (entities.contains(a) && entities.contains(b)) {
                compound.add(a);
                compound.add(b);
            }
        }
        return claims.stream().filter(c -> !compound.contains(c.entity())).toList();
    }

    /** The content stems before the first verb (at most three): "a failing liveness probe" in "... restarts it". */
    private static Set<String> subject(List<Token> tokens) {
        Set<String> subject = new HashSet<>();
        for (Token token : tokens) {
            if (!AnalyzedText.isContent(token)) {
                continue;
            }
            if (Opposites.of(token.lower()) != null
                    || (!subject.isEmpty() && dev.mocksy.internal.text.WordLists.isVerbStem(token.stem()))) {
                break;
            }
            subject.add(token.stem());
            if (subject.size() == 3) {
                break;
            }
        }
        return Set.copyOf(subject);
    }

    /** The words of a key point that have opposites, each with the content stems around it. */
    private static List<Property> properties(List<Token> tokens) {
        List<Property> properties = new ArrayList<>();
        Set<String> words = new HashSet<>();
        tokens.forEach(token -> words.add(token.lower()));
        for (int i = 0; i < tokens.size(); i++) {
            Opposites.Entry entry = Opposites.of(tokens.get(i).lower());
            // a point that names both sides ("separate ... share") contrasts two things: no single property to reverse
            if (entry == null || entry.opposites().stream().anyMatch(words::contains)) {
                continue;
            }
            Set<String> context = new HashSet<>();
            for (int j = Math.max(0, i - 2); j <= Math.min(tokens.size() - 1, i + 2); j++) {
                Token token = tokens.get(j);
                if (j != i && AnalyzedText.isContent(token) && Opposites.of(token.lower()) == null) {
                    context.add(token.stem());
                }
            }
            if (!context.isEmpty()) {
                properties.add(
                        new Property(tokens.get(i).lower(), entry.group(), entry.opposites(), Set.copyOf(context)));
            }
        }
        return List.copyOf(properties);
    }

    /**
     * What the key points say about each entity the question names: a key point (or each half of one split at "; ",
     * "whereas", "while", "but") that opens with a word of the question is a claim about that word.
     */
    private static List<Claim> claims(List<CompiledKeyPoint> keyPoints, Set<String> questionStems) {
        List<Claim> claims = new ArrayList<>();
        Map<String, Integer> perEntity = new HashMap<>();
        for (CompiledKeyPoint keyPoint : keyPoints) {
            for (String half : keyPoint.keyPoint().point().split(";|,? whereas |,? while |,? but ")) {
                List<Token> tokens = Tokenizer.tokenize(half);
                Token entity = null;
                int seen = 0;
                for (Token token : tokens) {
                    if (!AnalyzedText.isContent(token)) {
                        continue;
                    }
                    if (questionStems.contains(token.stem()) && token.stem().length() >= 3) {
                        entity = token;
                        break;
                    }
                    if (++seen >= 2) {
                        break;
                    }
                }
                if (entity == null) {
                    continue;
                }
                Set<String> description = new LinkedHashSet<>();
                StringBuilder text = new StringBuilder();
                for (Token token : tokens) {
                    if (token == entity || token.stem().equals(entity.stem())) {
                        continue;
                    }
                    text.append(token.lower()).append(' ');
                    if (AnalyzedText.isContent(token) && !questionStems.contains(token.stem())) {
                        description.add(token.stem());
                    }
                }
                if (description.isEmpty()) {
                    continue;
                }
                perEntity.merge(entity.stem(), 1, Integer::sum);
                claims.add(new Claim(
                        entity.stem(),
                        entity.surface(),
                        Set.copyOf(description),
                        text.toString().strip(),
                        keyPoint));
            }
        }
        // an entity described by one claim only, and named by at most half of the key points: a word every point
        // uses ("probe", "function") is the subject of all of them, not one side of a contrast
        Map<String, Integer> inPoints = new HashMap<>();
        for (CompiledKeyPoint keyPoint : keyPoints) {
            for (String stem : keyPoint.pointStems()) {
                inPoints.merge(stem, 1, Integer::sum);
            }
        }
        int half = Math.max(1, keyPoints.size() / 2);
        return claims.stream()
                .filter(c -> perEntity.get(c.entity()) == 1 && inPoints.getOrDefault(c.entity(), 0) <= half)
                .toList();
    }

    /** The content stems of a text, as a set. */
    static Set<String> contentStems(String text) {
        Set<String> stems = new HashSet<>();
        for (Token token : Tokenizer.tokenize(text)) {
            if (AnalyzedText.isContent(token)) {
                stems.add(token.stem());
            }
        }
        return stems;
    }

    /**
     * A misconception's phrasing as stems: its content stems when it has three or more, else every stem, function
     * words included, so "authorisation checks who you are" does not shrink to "authorisation checks".
     */
    static List<String> phrasingStems(String phrasing) {
        List<Token> tokens = Tokenizer.tokenize(phrasing);
        List<String> content = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (Token token : tokens) {
            all.add(token.stem());
            if (AnalyzedText.isContent(token)) {
                content.add(token.stem());
            }
        }
        return List.copyOf(
                content.size() >= 3 && content.size() == all.size() ? content : content.size() >= 4 ? content : all);
    }

    static List<String> termStems(String term) {
        List<Token> tokens = Tokenizer.tokenize(term);
        List<String> content = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (Token token : tokens) {
            all.add(token.stem());
            if (AnalyzedText.isContent(token)) {
                content.add(token.stem());
            }
        }
        // "in clause", "for each": dropping the function words would leave one common word, so keep the phrase whole
        boolean phrase = content.size() < 2 && all.size() > content.size();
        return List.copyOf(content.isEmpty() || phrase ? all : content);
    }

    private static String joinedStem(String term) {
        StringBuilder joined = new StringBuilder();
        for (Token token : Tokenizer.tokenize(term)) {
            joined.append(token.lower());
        }
        return dev.mocksy.internal.text.EnglishStemmer.stem(joined.toString());
    }
}
