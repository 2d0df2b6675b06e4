package dev.mocksy.evaluation;

import dev.mocksy.internal.text.AnalyzedText;
import dev.mocksy.internal.text.PhraseMatcher;
import dev.mocksy.internal.text.Segment;

/**
 * Sweeping claims without conditions: "always", "automatically", "no need to worry", "the best practice", "scales to
 * millions without problems". Interviewers read them as a sign of shallow or wrong knowledge, because real
 * engineering answers come with conditions and trade-offs; the heuristic cannot check facts, so it looks for this.
 *
 * @param claims how many sweeping phrases the prose holds
 * @param sentences prose sentences
 * @param first the first sentence with a sweeping claim, or {@code null}
 */
record SweepingClaims(int claims, int sentences, Segment first) {

    private static final PhraseMatcher SWEEPING = PhraseMatcher.of(
            "always",
            "never",
            "automatically",
            "no need to",
            "{don't|do not|dont} {really|} {need|have} to worry",
            "not {much|really} {to|a} {worry|concern}",
            "rarely a {real|} concern",
            "everything",
            "any amount",
            "without {any|} {problem|problems}",
            "{take|takes} care of",
            "{handle|handles} {it|that|this|everything} {well|for you|}",
            "out of the box",
            "best {practice|practices}",
            "the best {way|solution|approach}",
            "the right fix",
            "no reason not to",
            "pretty much",
            "simply",
            "just works",
            "secure by default",
            "{is|are} enough",
            "a quick win",
            "the main job",
            "only so much",
            "there is not much",
            "all you need",
            "{guarantee|guarantees|guaranteed}",
            "whenever",
            "in most cases you");

    /** A 0-1 penalty: about one sweeping claim every two or three sentences reaches the maximum. */
    double penalty() {
        if (sentences == 0) {
            return 0;
        }
        return Math.min(1.0, ((double) claims / sentences) / 0.4);
    }

    static SweepingClaims measure(AnalyzedText answer) {
        int claims = 0;
        int sentences = 0;
        Segment first = null;
        for (Segment segment : answer.segments()) {
            if (!segment.prose()) {
                continue;
            }
            sentences++;
            int found = SWEEPING.find(segment.tokens()).size();
            claims += found;
            if (found > 0 && first == null) {
                first = segment;
            }
        }
        return new SweepingClaims(claims, sentences, first);
    }
}
