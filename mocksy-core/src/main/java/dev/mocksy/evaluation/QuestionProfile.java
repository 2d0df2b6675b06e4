package dev.mocksy.evaluation;

import dev.mocksy.evaluation.text.AnalyzedText;
import dev.mocksy.evaluation.text.Token;
import dev.mocksy.evaluation.text.Tokenizer;
import dev.mocksy.question.KeyPoint;
import dev.mocksy.question.Question;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the evaluator needs to know about a question: its content words, its topic vocabulary and its key points
 * compiled to stem sequences.
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
     * @param terms per term, its content stems in order (all stems when the term is only function words)
     * @param joined per term, its stems joined without spaces, to match "tradeoff" against "trade-off"
     */
    record CompiledKeyPoint(KeyPoint keyPoint, List<List<String>> terms, List<String> joined) {}

    static QuestionProfile of(Question question) {
        Set<String> questionStems = contentStems(question.text());
        Set<String> topic = new HashSet<>(questionStems);
        List<CompiledKeyPoint> compiled = new ArrayList<>();
        for (KeyPoint keyPoint : question.keyPoints()) {
            topic.addAll(contentStems(keyPoint.point()));
            List<List<String>> terms = new ArrayList<>();
            List<String> joined = new ArrayList<>();
            for (String term : keyPoint.terms()) {
                List<String> stems = termStems(term);
                if (stems.isEmpty()) {
                    continue;
                }
                terms.add(stems);
                joined.add(joinedStem(term));
                topic.addAll(stems);
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
        return List.copyOf(content.isEmpty() ? all : content);
    }

    private static String joinedStem(String term) {
        StringBuilder joined = new StringBuilder();
        for (Token token : Tokenizer.tokenize(term)) {
            joined.append(token.lower());
        }
        return dev.mocksy.evaluation.text.EnglishStemmer.stem(joined.toString());
    }
}
