package dev.mocksy.evaluation;

import dev.mocksy.internal.text.AnalyzedText;
import dev.mocksy.internal.text.PhraseMatcher;
import dev.mocksy.internal.text.Segment;
import dev.mocksy.internal.text.Token;
import java.util.List;
import java.util.Set;

/**
 * The STAR shape of a behavioral answer: a situation, the candidate's task, the actions they took themselves, and a
 * result, ideally measured.
 *
 * <p>Generic statements about oneself ("I always listen to everyone", "I would set up a meeting") are counted too:
 * they are what a story without a story sounds like.
 *
 * @param situation whether the answer sets a scene (when, where, which team or project)
 * @param task whether it says what the candidate had to achieve
 * @param actions how many times the candidate says what they did in the first person ("I proposed", "I wrote")
 * @param weActions how many actions are told as "we"
 * @param result whether it says how it ended
 * @param measuredResult whether the result comes with a number
 * @param generic how many sentences are generic or hypothetical rather than a real story
 * @param sentences prose sentences
 * @param resultSegment the segment with the result, or {@code null}
 */
record StarStructure(
        boolean situation,
        boolean task,
        int actions,
        int weActions,
        boolean result,
        boolean measuredResult,
        int generic,
        int sentences,
        Segment resultSegment) {

    private static final PhraseMatcher SITUATION = PhraseMatcher.of(
            "when i was",
            "at my {last|previous|current|first|old} {job|company|role|team|employer|internship}",
            "last {year|quarter|month|week|summer|spring|autumn|fall|winter}",
            "{years|months|weeks} ago",
            "our team",
            "my team",
            "the team",
            "the project",
            "we were",
            "we had",
            "there was",
            "situation",
            "background",
            "at the time",
            "back then",
            "during {a|the|my|our}",
            "i was working",
            "i worked",
            "i joined",
            "i was on",
            "on a project",
            "one of our");
    private static final PhraseMatcher TASK = PhraseMatcher.of(
            "my {role|job|task|goal|responsibility|responsibilities|assignment|mandate}",
            "i was {responsible|asked|tasked|in charge|supposed|the owner|leading|the lead|expected}",
            "i needed to",
            "i had to",
            "the goal was",
            "our goal",
            "we needed to",
            "we had to",
            "the task",
            "objective",
            "the challenge was",
            "the problem was",
            "needed someone",
            "i owned",
            "i volunteered",
            "i took ownership",
            "i took on");
    private static final PhraseMatcher RESULT = PhraseMatcher.of(
            "as a result",
            "in the end",
            "the result",
            "results",
            "outcome",
            "eventually",
            "ultimately",
            "afterwards",
            "since then",
            "{which|that} led to",
            "shipped",
            "launched",
            "delivered",
            "reduced",
            "increased",
            "improved",
            "cut",
            "saved",
            "dropped",
            "grew",
            "went {from|down|up}",
            "fell",
            "rose",
            "on time",
            "ahead of",
            "learned",
            "lesson",
            "the feedback was",
            "got promoted",
            "adopted",
            "now uses",
            "still use",
            "never happened again",
            "resolved",
            "fixed",
            "recovered");
    private static final PhraseMatcher GENERIC = PhraseMatcher.of(
            "i always",
            "i usually",
            "i would",
            "i'd",
            "i tend to",
            "i try to",
            "i believe",
            "in general",
            "generally",
            "typically",
            "whenever",
            "{i'm|i am} {a|someone|very|the kind}",
            "i like to",
            "i make sure to always",
            "i never",
            "my approach is",
            "my philosophy");
    private static final Set<String> IRREGULAR_PAST = Set.of(
            "led",
            "built",
            "wrote",
            "ran",
            "chose",
            "made",
            "took",
            "found",
            "got",
            "kept",
            "brought",
            "spent",
            "sent",
            "began",
            "set",
            "put",
            "met",
            "told",
            "gave",
            "drove",
            "rewrote",
            "held",
            "cut",
            "paid",
            "caught",
            "taught",
            "sat",
            "spoke",
            "stood",
            "shut",
            "split",
            "understood",
            "went",
            "sought",
            "thought",
            "knew",
            "saw",
            "did",
            "felt",
            "left",
            "heard",
            "read",
            "won",
            "lost",
            "dug",
            "fought",
            "hired",
            "let",
            "shipped");
    private static final Set<String> ADVERBS = Set.of(
            "then",
            "also",
            "first",
            "quickly",
            "immediately",
            "personally",
            "eventually",
            "finally",
            "just",
            "actually",
            "carefully",
            "directly",
            "proactively",
            "initially",
            "later",
            "soon",
            "next",
            "still",
            "even",
            "myself");

    /** A 0-1 score of how complete the story is. */
    double score() {
        double story = (situation ? 0.2 : 0)
                + (task ? 0.15 : 0)
                + 0.35 * Math.min(1.0, actions / 3.0)
                + (result ? 0.15 : 0)
                + (measuredResult ? 0.15 : 0);
        double genericShare = sentences == 0 ? 1 : Math.min(1.0, (double) generic / sentences);
        return story * (1 - 0.6 * genericShare);
    }

    /** A 0-1 score of the candidate's own actions, which is what a behavioral question asks about. */
    double actionScore() {
        double share = actions + weActions == 0 ? 0 : (double) actions / (actions + weActions);
        return Math.min(1.0, actions / 3.0) * (0.7 + 0.3 * share);
    }

    static StarStructure measure(AnalyzedText answer) {
        boolean situation = false;
        boolean task = false;
        boolean result = false;
        boolean measured = false;
        int actions = 0;
        int we = 0;
        int generic = 0;
        int sentences = 0;
        Segment resultSegment = null;
        for (Segment segment : answer.segments()) {
            if (!segment.prose()) {
                continue;
            }
            sentences++;
            List<Token> tokens = segment.tokens();
            situation |= SITUATION.any(tokens) || mentionsYear(tokens);
            task |= TASK.any(tokens);
            if (GENERIC.any(tokens)) {
                generic++;
            }
            if (RESULT.any(tokens)) {
                boolean hasNumber = !Specificity.measurements(segment).isEmpty();
                if (!result || (hasNumber && !measured)) {
                    resultSegment = segment;
                }
                result = true;
                measured |= hasNumber;
            }
            actions += pastActions(segment.tokens(), "i");
            we += pastActions(segment.tokens(), "we");
        }
        return new StarStructure(situation, task, actions, we, result, measured, generic, sentences, resultSegment);
    }

    /** "in 2021": a year sets the scene. */
    private static boolean mentionsYear(List<Token> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            String next = tokens.get(i + 1).lower();
            if (tokens.get(i).lower().equals("in")
                    && next.length() == 4
                    && (next.startsWith("19") || next.startsWith("20"))
                    && tokens.get(i + 1).isNumber()) {
                return true;
            }
        }
        return false;
    }

    /** Counts "I proposed", "I then wrote": the subject followed, past a few adverbs, by a verb in the past tense. */
    private static int pastActions(List<Token> tokens, String subject) {
        int count = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).lower().equals(subject)) {
                continue;
            }
            int j = i + 1;
            while (j < tokens.size() && ADVERBS.contains(tokens.get(j).lower())) {
                j++;
            }
            if (j < tokens.size() && isPastVerb(tokens.get(j))) {
                count++;
            }
        }
        return count;
    }

    private static boolean isPastVerb(Token token) {
        String w = token.lower();
        return (w.endsWith("ed") && w.length() > 3 && !w.equals("need")) || IRREGULAR_PAST.contains(w);
    }
}
