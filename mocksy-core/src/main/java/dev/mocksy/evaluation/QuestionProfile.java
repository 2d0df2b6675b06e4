package dev.mocksy.evaluation;

import dev.mocksy.internal.text.AnalyzedText;
import dev.mocksy.internal.text.Token;
import dev.mocksy.internal.text.Tokenizer;
import dev.mocksy.question.KeyPoint;
import dev.mocksy.question.Question;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the evaluator needs to know about a question: its content words, its topic vocabulary and its key points
 * compiled to stem sequences.
 *
 * <p>A key-point term made only of words of the question itself ("N+1" for "What is the N+1 problem?") is dropped
 * when the key point has other terms: repeating the question's words does not show the point was understood.
 *
 * @param question the question
 * @param questionStems content stems of the question's text
 * @param topicStems content stems of the question, its key points (points and terms) and its technologies
 * @param keyPoints the key points with their terms compiled
 */
record QuestionProfile(
        Question question, Set<String> questionStems, Set<String> topicStems, List<CompiledKeyPoint> keyPoints) {

    /**
     * A key point whose terms are sequences of stems.
     *
     * @param keyPoint the key point
     * @param terms per term, its content stems in order; all its stems when dropping function words would leave fewer
     *     than two
     * @param joined per term, its stems joined without spaces, to match "tradeoff" against "trade-off"
     */
    record CompiledKeyPoint(KeyPoint keyPoint, List<List<String>> terms, List<String> joined) {}

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
            compiled.add(new CompiledKeyPoint(keyPoint, List.copyOf(terms), List.copyOf(joined)));
        }
        for (String technology : question.technologies()) {
            topic.addAll(contentStems(technology));
        }
        return new QuestionProfile(question, Set.copyOf(questionStems), Set.copyOf(topic), List.copyOf(compiled));
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

    private static List<String> termStems(String term) {
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
