package dev.mocksy.question;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * Whether two questions test the same thing: a key point of one shares most of its words and one of its terms with a
 * key point of the other ("Indexes slow down writes" and "Every index makes writes slower", both shown by "write
 * overhead"), so one interview does not ask both.
 */
final class KeyPointOverlap {

    /** Two key points are the same when this share of the smaller one's topic words (with terms) is shared. */
    static final double SAME = 0.6;

    /**
     * The words of each key point, computed once: choosing a question compares the whole bank with what was asked, and
     * tokenizing the same key points again for every choice made that the slowest part of a turn. Weak keys, so key
     * points of generated questions go when their questions do.
     */
    private static final Map<KeyPoint, Words> WORDS = Collections.synchronizedMap(new WeakHashMap<>());

    /** A key point's topic words (its point and terms together) and each term's own. */
    private record Words(Set<String> all, List<Set<String>> terms) {}

    private KeyPointOverlap() {}

    /** Whether any key point of {@code a} is, in its words, a key point of {@code b}. */
    static boolean testsSameKeyPoint(Question a, Question b) {
        List<Words> bs = b.keyPoints().stream().map(KeyPointOverlap::words).toList();
        for (KeyPoint x : a.keyPoints()) {
            Words wx = words(x);
            for (Words wy : bs) {
                int smaller = Math.min(wx.all().size(), wy.all().size());
                if (smaller < 5) {
                    continue;
                }
                if (shared(wx.all(), wy.all()) >= SAME * smaller && sharesTerm(wx, wy)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How many words the two sets share, counted without building their intersection. */
    private static int shared(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int count = 0;
        for (String word : small) {
            if (large.contains(word)) {
                count++;
            }
        }
        return count;
    }

    /** Whether the two points accept one same term: the same words show both were made. */
    private static boolean sharesTerm(Words x, Words y) {
        for (Set<String> a : x.terms()) {
            for (Set<String> b : y.terms()) {
                if (a.equals(b)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Words words(KeyPoint keyPoint) {
        return WORDS.computeIfAbsent(
                keyPoint,
                k -> new Words(
                        Set.copyOf(Tokens.topicWords(k.point() + " " + String.join(" ", k.terms()))),
                        k.terms().stream()
                                .map(t -> Set.copyOf(Tokens.topicWords(t)))
                                .toList()));
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
