package dev.mocksy.question;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether two questions test the same thing: a key point of one shares most of its words and one of its terms with a
 * key point of the other ("Indexes slow down writes" and "Every index makes writes slower", both shown by "write
 * overhead"), so one interview does not ask both.
 */
final class KeyPointOverlap {

    /** Two key points are the same when this share of the smaller one's topic words (with terms) is shared. */
    static final double SAME = 0.6;

    private KeyPointOverlap() {}

    /** Whether any key point of {@code a} is, in its words, a key point of {@code b}. */
    static boolean testsSameKeyPoint(Question a, Question b) {
        for (KeyPoint x : a.keyPoints()) {
            Set<String> wx = words(x);
            for (KeyPoint y : b.keyPoints()) {
                Set<String> wy = words(y);
                int smaller = Math.min(wx.size(), wy.size());
                if (smaller < 5) {
                    continue;
                }
                Set<String> shared = new HashSet<>(wx);
                shared.retainAll(wy);
                if (shared.size() >= SAME * smaller && sharesTerm(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the two points accept one same term: the same words show both were made. */
    private static boolean sharesTerm(KeyPoint x, KeyPoint y) {
        for (String a : x.terms()) {
            for (String b : y.terms()) {
                if (Tokens.topicWords(a).equals(Tokens.topicWords(b))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Set<String> words(KeyPoint keyPoint) {
        return Tokens.topicWords(keyPoint.point() + " " + String.join(" ", keyPoint.terms()));
    }

    /** Whether the question is about one of the topics: a technology, or a word of its text or key points. */
    static boolean about(Question question, List<String> topics) {
        if (topics.isEmpty()) {
            return false;
        }
        Set<String> words = new HashSet<>(Tokens.topicWords(question.text()));
        question.technologies().forEach(t -> words.addAll(Tokens.topicWords(t)));
        question.keyPoints().forEach(k -> words.addAll(Tokens.topicWords(k.point())));
        for (String topic : topics) {
            Set<String> wanted = Tokens.topicWords(topic);
            if (!wanted.isEmpty() && words.containsAll(wanted)) {
                return true;
            }
        }
        return false;
    }
}
