package dev.mocksy.evaluation;

import dev.mocksy.internal.text.AnalyzedText;
import dev.mocksy.internal.text.Disfluency;
import dev.mocksy.internal.text.Segment;
import java.util.ArrayList;
import java.util.List;

/**
 * How easy an answer is to follow and how sure it sounds: sentence length, filler words, hedges, and whether it is
 * written in sentences at all.
 *
 * @param words words outside code
 * @param sentences prose sentences
 * @param fillers filler words and phrases, as written
 * @param hedges hedges ("I think", "maybe", "probably")
 * @param averageSentenceWords mean words per prose sentence
 * @param longestSentenceWords words in the longest prose sentence
 * @param proseShare the share of words that stand in sentences rather than bare lists
 * @param fillerHeaviest the segment with the most fillers (two or more), or {@code null}
 */
record Clarity(
        int words,
        int sentences,
        List<String> fillers,
        int hedges,
        double averageSentenceWords,
        int longestSentenceWords,
        double proseShare,
        Segment fillerHeaviest) {

    /** Fillers per word. */
    double fillerDensity() {
        return words == 0 ? 0 : (double) fillers.size() / words;
    }

    private double fillerPenalty() {
        return Math.min(1.0, fillerDensity() / 0.06);
    }

    private double hedgePenalty() {
        return words == 0 ? 0 : Math.min(1.0, ((double) hedges / words) / 0.03);
    }

    private double lengthPenalty() {
        double penalty = 0;
        if (averageSentenceWords > 28) {
            penalty = Math.min(1.0, (averageSentenceWords - 28) / 30);
        } else if (averageSentenceWords < 5) {
            penalty = 0.5;
        }
        if (longestSentenceWords > 70) {
            penalty = Math.max(penalty, Math.min(1.0, (longestSentenceWords - 70) / 80.0));
        }
        return penalty;
    }

    /** A 0-1 score of how easy the answer is to follow. */
    double score() {
        return Math.max(
                0, 1 - 0.5 * fillerPenalty() - 0.15 * lengthPenalty() - 0.15 * hedgePenalty() - 0.2 * (1 - proseShare));
    }

    /** A 0-1 score of how sure the answer sounds. */
    double confidence() {
        return Math.max(0, 1 - 0.35 * hedgePenalty() - 0.55 * fillerPenalty() - 0.1 * lengthPenalty());
    }

    static Clarity measure(AnalyzedText answer) {
        int words = 0;
        int proseWords = 0;
        int sentences = 0;
        int longest = 0;
        int hedges = 0;
        int heaviestCount = 1;
        Segment heaviest = null;
        List<String> fillers = new ArrayList<>();
        for (Segment segment : answer.segments()) {
            if (segment.code()) {
                continue;
            }
            words += segment.size();
            List<String> found = Disfluency.fillers(segment);
            fillers.addAll(found);
            if (found.size() > heaviestCount) {
                heaviestCount = found.size();
                heaviest = segment;
            }
            hedges += Disfluency.hedges(segment);
            if (segment.prose()) {
                proseWords += segment.size();
                sentences++;
                longest = Math.max(longest, segment.size());
            }
        }
        return new Clarity(
                words,
                sentences,
                fillers,
                hedges,
                sentences == 0 ? 0 : (double) proseWords / sentences,
                longest,
                words == 0 ? 0 : (double) proseWords / words,
                heaviest);
    }
}
