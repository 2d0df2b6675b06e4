package dev.mocksy.evaluation;

import dev.mocksy.internal.text.AnalyzedText;
import dev.mocksy.internal.text.PhraseMatcher;
import dev.mocksy.internal.text.Segment;
import dev.mocksy.internal.text.Token;
import dev.mocksy.interview.Difficulty;
import dev.mocksy.interview.InterviewType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How far an answer goes beyond naming things: how much new material it has against what the question needs, and
 * how much it explains (because, so that, the trade-off, instead).
 *
 * <p>Length only counts once: a sentence that repeats an earlier one (most of its content words already said in one
 * sentence) adds nothing, so rambling and copy-paste do not raise the score.
 *
 * @param effectiveWords words in sentences that are not repeats
 * @param neededWords the length a complete answer to this question typically needs
 * @param markers distinct explanation markers used
 * @param neededMarkers how many distinct markers the question's difficulty calls for
 * @param repetition the share of sentences that repeat earlier ones, 0-1
 */
record Depth(int effectiveWords, int neededWords, int markers, int neededMarkers, double repetition) {

    private static final PhraseMatcher MARKERS = PhraseMatcher.of(
            "because",
            "since",
            "so all",
            "so the",
            "so it",
            "so they",
            "so you",
            "so we",
            "so a",
            "so an",
            "which is why",
            "that way",
            "so that",
            "which means",
            "this means",
            "that means",
            "meaning that",
            "therefore",
            "thus",
            "hence",
            "as a result",
            "{trade off|trade offs|tradeoff|tradeoffs}=trade-off",
            "however",
            "but",
            "instead",
            "rather than",
            "whereas",
            "on the other hand",
            "{downside|downsides|drawback|drawbacks}=downside",
            "the cost",
            "at the cost",
            "at the expense",
            "depends on",
            "it depends",
            "unless",
            "otherwise",
            "alternatively",
            "{compared to|compared with}=compared to",
            "{versus|vs}=versus",
            "in contrast",
            "the reason",
            "{that's why|this is why|that is why}=that is why",
            "to avoid",
            "to prevent",
            "in order to",
            "which avoids",
            "the risk",
            "the catch",
            "the problem with");

    private static final int RECENT_SEGMENTS = 60;

    /** A 0-1 score: half length against need, half explanation, discounted by repetition. */
    double score() {
        double length = Math.pow(Math.min(1.0, (double) effectiveWords / neededWords), 0.7);
        double explanation = Math.min(1.0, (double) markers / neededMarkers);
        return (0.5 * length + 0.5 * explanation) * (1 - 0.8 * repetition);
    }

    /** A 0-1 score of the reasoning alone. */
    double explanationScore() {
        return Math.min(1.0, (double) markers / neededMarkers) * (1 - 0.8 * repetition);
    }

    /**
     * The same measurements against a reference answer's length: a complete answer needs about as many words as the
     * reference (at least 15, at most the question type's own need), and one explanation marker.
     */
    Depth against(String reference) {
        int words = AnalyzedText.of(reference).wordCount();
        int needed = Math.max(15, Math.min(neededWords, words));
        return new Depth(effectiveWords, needed, markers, 1, repetition);
    }

    /**
     * The same measurements against what a question of few key points needs: a follow-up that probes one point is
     * answered well in two or three sentences (about 25 words plus 20 per point, one marker per point).
     */
    Depth forKeyPoints(int keyPoints) {
        if (keyPoints <= 0) {
            return this;
        }
        return new Depth(
                effectiveWords,
                Math.min(neededWords, 25 + 20 * keyPoints),
                markers,
                Math.min(neededMarkers, keyPoints),
                repetition);
    }

    static Depth measure(AnalyzedText answer, InterviewType type, Difficulty difficulty) {
        Set<String> markers = new HashSet<>();
        List<Set<String>> previous = new ArrayList<>();
        int effective = 0;
        int sentences = 0;
        int repeats = 0;
        for (Segment segment : answer.segments()) {
            Set<String> stems = new HashSet<>();
            for (Token token : segment.tokens()) {
                if (AnalyzedText.isContent(token)) {
                    stems.add(token.stem());
                }
            }
            sentences++;
            if (stems.size() >= 4 && repeatsEarlier(stems, previous)) {
                repeats++;
                continue;
            }
            effective += segment.size();
            if (!segment.code()) {
                markers.addAll(MARKERS.find(segment.tokens()));
                if (hasIfThen(segment.tokens())) {
                    markers.add("if-then");
                }
            }
            previous.add(stems);
        }
        return new Depth(
                effective,
                neededWords(type, difficulty),
                markers.size(),
                neededMarkers(type, difficulty),
                sentences == 0 ? 0 : (double) repeats / sentences);
    }

    private static boolean repeatsEarlier(Set<String> stems, List<Set<String>> previous) {
        int from = Math.max(0, previous.size() - RECENT_SEGMENTS);
        for (int i = previous.size() - 1; i >= from; i--) {
            Set<String> earlier = previous.get(i);
            int shared = 0;
            for (String stem : stems) {
                if (earlier.contains(stem)) {
                    shared++;
                }
            }
            if (shared >= 0.7 * stems.size()) {
                return true;
            }
        }
        return false;
    }

    /** "if the cache is cold, then...": a condition followed by its consequence within a dozen words. */
    private static boolean hasIfThen(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).lower().equals("if")) {
                for (int j = i + 2; j < Math.min(tokens.size(), i + 14); j++) {
                    if (tokens.get(j).lower().equals("then")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static int neededWords(InterviewType type, Difficulty difficulty) {
        int base =
                switch (difficulty) {
                    case EASY -> 50;
                    case MEDIUM -> 80;
                    case HARD -> 120;
                };
        if (type == InterviewType.SYSTEM_DESIGN) {
            return base + 60;
        }
        if (type == InterviewType.BEHAVIORAL) {
            return base + 50;
        }
        return base;
    }

    private static int neededMarkers(InterviewType type, Difficulty difficulty) {
        int base =
                switch (difficulty) {
                    case EASY -> 1;
                    case MEDIUM -> 2;
                    case HARD -> 3;
                };
        return type == InterviewType.SYSTEM_DESIGN ? base + 1 : base;
    }
}
