package dev.mocksy.question;

import dev.mocksy.evaluation.Evaluation;
import dev.mocksy.evaluation.RubricCategory;
import dev.mocksy.interview.Answer;
import dev.mocksy.interview.InterviewPlan;
import dev.mocksy.interview.Turn;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Offline follow-ups, chosen by rules an interviewer would use.
 *
 * <p>None when the last answer was skipped, timed out with nothing captured, or was not an answer, and none once the
 * plan's follow-ups per question are used up. Otherwise, in this order:
 *
 * <ol>
 *   <li>something the candidate mentioned in passing (see {@link MentionLexicon}), quoting their words;
 *   <li>the most important key point the answer missed;
 *   <li>the question's own follow-up prompts, when the answer was decent but shallow.
 * </ol>
 */
public final class RuleBasedFollowUps {

    /** Reasons of mention-based follow-ups start with this, followed by the topic. */
    public static final String MENTIONED = "mentioned: ";

    /** Reasons of missed-point follow-ups start with this, followed by the point. */
    public static final String MISSED = "missed: ";

    /** Reasons of follow-ups from the question's own prompts start with this. */
    public static final String DEEPER = "deeper: ";

    /** A mention counts only in an answer of at least this many words: a passing word in a fragment says little. */
    public static final int MIN_WORDS_FOR_MENTION = 6;

    /** An answer scoring at least this (0-10) is decent enough to dig deeper with the question's own prompts. */
    public static final double DECENT_AT = 4.0;

    /** A decent answer below this overall score, or below it in depth, counts as shallow. */
    public static final double SHALLOW_BELOW = 7.5;

    private static final List<String> MISSED_TEMPLATES = List.of(
            "One thing you did not touch on: {point}. Can you walk me through it and why it matters here?",
            "Let's go one level deeper on this: {point}. How would you explain it, ideally with an example?",
            "How does this fit into your answer: {point}? Give me a concrete case where it made a difference.");

    private final MentionLexicon lexicon;

    /** Rules using {@code lexicon} for mentions. */
    public RuleBasedFollowUps(MentionLexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    }

    /** Rules with the standard lexicon. */
    public static RuleBasedFollowUps standard() {
        return new RuleBasedFollowUps(MentionLexicon.standard());
    }

    /** The follow-up on the last answer of the thread, or empty when it needs none. */
    public Optional<FollowUp> followUp(FollowUpRequest request) {
        Objects.requireNonNull(request, "request");
        InterviewPlan plan = request.plan();
        Turn last = request.last();
        if (request.followUpsAsked() >= plan.maxFollowUps() || !answeredForReal(last)) {
            return Optional.empty();
        }
        Optional<FollowUp> followUp = onMention(request);
        if (followUp.isEmpty()) {
            followUp = onMissedPoint(request);
        }
        if (followUp.isEmpty()) {
            followUp = deeper(request);
        }
        return followUp;
    }

    private static boolean answeredForReal(Turn turn) {
        Answer answer = turn.answer();
        Evaluation evaluation = turn.evaluation();
        if (answer == null || evaluation == null || answer.skipped() || evaluation.nonAnswer()) {
            return false;
        }
        return !answer.text().isBlank();
    }

    private Optional<FollowUp> onMention(FollowUpRequest request) {
        Turn last = request.last();
        String answer = last.answer().text();
        if (Tokens.words(answer).size() < MIN_WORDS_FOR_MENTION) {
            return Optional.empty();
        }
        Set<String> followedUp = reasons(request, MENTIONED);
        String asked = request.mainQuestion().text() + "\n" + last.question().text();
        // A topic the question itself is about is the answer's subject, not something mentioned in passing.
        Optional<MentionLexicon.Mention> mention =
                lexicon.find(answer, topic -> !followedUp.contains(topic.topic()) && !lexicon.mentions(topic, asked));
        return mention.map(found -> {
            int index = request.mainQuestion().id().hashCode() + request.followUpsAsked();
            Question question = followUpQuestion(
                    request, found.question(index), found.topic().keyPoints());
            return new FollowUp(question, MENTIONED + found.topic().topic());
        });
    }

    private Optional<FollowUp> onMissedPoint(FollowUpRequest request) {
        Turn last = request.last();
        Set<String> followedUp = reasons(request, MISSED);
        List<KeyPoint> candidates = new ArrayList<>();
        // Key points are listed most important first, so the first missed one in question order is asked about.
        for (KeyPoint keyPoint : last.question().keyPoints()) {
            if (last.evaluation().missed().contains(keyPoint.point())) {
                candidates.add(keyPoint);
            }
        }
        for (String missed : last.evaluation().missed()) {
            if (candidates.stream().noneMatch(keyPoint -> keyPoint.point().equals(missed))) {
                toKeyPoint(missed).ifPresent(candidates::add);
            }
        }
        return candidates.stream()
                .filter(keyPoint -> !followedUp.contains(keyPoint.point()))
                .findFirst()
                .map(keyPoint -> {
                    int index = request.mainQuestion().id().hashCode() + request.followUpsAsked();
                    String template = MISSED_TEMPLATES.get(Math.floorMod(index, MISSED_TEMPLATES.size()));
                    String text = template.replace("{point}", asClause(keyPoint.point()));
                    return new FollowUp(followUpQuestion(request, text, List.of(keyPoint)), MISSED + keyPoint.point());
                });
    }

    private Optional<FollowUp> deeper(FollowUpRequest request) {
        Evaluation evaluation = request.last().evaluation();
        double depth = evaluation.categories().containsKey(RubricCategory.DEPTH_AND_COMPLETENESS)
                ? evaluation.score(RubricCategory.DEPTH_AND_COMPLETENESS)
                : evaluation.overall();
        boolean shallow = evaluation.overall() < SHALLOW_BELOW || depth < SHALLOW_BELOW;
        if (evaluation.overall() < DECENT_AT || !shallow) {
            return Optional.empty();
        }
        Set<String> askedTexts = new HashSet<>();
        request.thread().forEach(turn -> askedTexts.add(turn.question().text()));
        Question main = request.mainQuestion();
        for (int i = 0; i < main.followUps().size(); i++) {
            String prompt = main.followUps().get(i);
            if (!askedTexts.contains(prompt)) {
                Question question = followUpQuestion(request, prompt, relatedKeyPoints(main, prompt));
                return Optional.of(new FollowUp(question, DEEPER + "decent but brief; prompt " + (i + 1)));
            }
        }
        return Optional.empty();
    }

    private static Question followUpQuestion(FollowUpRequest request, String text, List<KeyPoint> keyPoints) {
        Question main = request.mainQuestion();
        return new Question(
                main.id() + "-f" + (request.followUpsAsked() + 1),
                text,
                main.type(),
                main.roles(),
                main.levels(),
                main.difficulty(),
                main.technologies(),
                List.of(),
                keyPoints,
                List.of(),
                keyPoints.stream().map(KeyPoint::point).toList());
    }

    private static Set<String> reasons(FollowUpRequest request, String prefix) {
        Set<String> reasons = new HashSet<>();
        for (Turn turn : request.thread()) {
            String reason = turn.followUpReason();
            if (reason != null && reason.startsWith(prefix)) {
                reasons.add(reason.substring(prefix.length()));
            }
        }
        return reasons;
    }

    /** The main question's key points that share a word with the prompt, so its answer can be scored. */
    private static List<KeyPoint> relatedKeyPoints(Question main, String prompt) {
        Set<String> promptWords = Tokens.contentWords(prompt);
        List<KeyPoint> related = new ArrayList<>();
        for (KeyPoint keyPoint : main.keyPoints()) {
            Set<String> words = Tokens.contentWords(keyPoint.point() + " " + String.join(" ", keyPoint.terms()));
            if (words.stream().anyMatch(word -> word.length() > 3 && promptWords.contains(word))) {
                related.add(keyPoint);
            }
        }
        return related;
    }

    /** A key point for a missed point that is not one of the question's own, e.g. phrased by an LLM evaluator. */
    private static Optional<KeyPoint> toKeyPoint(String missed) {
        List<String> terms = Tokens.contentWords(missed).stream()
                .filter(word -> word.length() > 3)
                .limit(6)
                .toList();
        return missed.isBlank() || terms.isEmpty() ? Optional.empty() : Optional.of(new KeyPoint(missed, terms));
    }

    /** The point without its final full stop, so it reads inside a sentence. */
    private static String asClause(String point) {
        return point.strip().replaceAll("[.!]+$", "");
    }
}
