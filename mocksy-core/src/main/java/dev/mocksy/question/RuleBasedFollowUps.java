package dev.mocksy.question;

import dev.mocksy.evaluation.AnswerFlag;
import dev.mocksy.evaluation.Evaluation;
import dev.mocksy.evaluation.RubricCategory;
import dev.mocksy.interview.Answer;
import dev.mocksy.interview.InterviewPlan;
import dev.mocksy.interview.Turn;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Offline follow-ups, chosen by rules an interviewer would use. Every follow-up is a question in its own right: it
 * carries the key points its answer is graded against (the probed point, the topic's, or the author's), never the
 * main question's, and its wording never states what it asks for.
 *
 * <p>None when the last answer was skipped, empty, a clarification request, an instruction to the grader or a
 * declined one ("I can't think of an example"), and none once the plan's follow-ups per question are used up. An
 * off-topic answer gets the question asked again, redirected, once. Otherwise, in this order:
 *
 * <ol>
 *   <li>something the candidate mentioned in passing (see {@link MentionLexicon}) that fits the question's type (a
 *       technical answer gets a technical probe), quoting their words;
 *   <li>the most important key point the answer missed, asked without giving it away (see {@link KeyPoint#probe()});
 *   <li>the question's own follow-ups, when the answer was decent but shallow, with their own key points.
 * </ol>
 *
 * <p>A follow-up the candidate declined anywhere in {@link FollowUpRequest#history()} (same text, same topic or same
 * key point) is not asked again.
 */
public final class RuleBasedFollowUps {

    /** Reasons of mention-based follow-ups start with this, followed by the topic. */
    public static final String MENTIONED = "mentioned: ";

    /** Reasons of missed-point follow-ups start with this, followed by the point. */
    public static final String MISSED = "missed: ";

    /** Reasons of follow-ups from the question's own prompts start with this. */
    public static final String DEEPER = "deeper: ";

    /** Reasons of follow-ups that bring an off-topic answer back to the question start with this. */
    public static final String REDIRECT = "redirect: ";

    /** A mention counts only in an answer of at least this many words: a passing word in a fragment says little. */
    public static final int MIN_WORDS_FOR_MENTION = 6;

    /** An answer scoring at least this (0-10) is decent enough to dig deeper with the question's own prompts. */
    public static final double DECENT_AT = 4.0;

    /** A decent answer below this overall score, or below it in depth, counts as shallow. */
    public static final double SHALLOW_BELOW = 7.5;

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
        if (request.followUpsAsked() >= plan.maxFollowUps() || !answered(last)) {
            return Optional.empty();
        }
        Evaluation evaluation = last.evaluation();
        if (evaluation.flags().contains(AnswerFlag.OFF_TOPIC)) {
            return redirect(request);
        }
        if (evaluation.nonAnswer() || evaluation.graderInstruction() || evaluation.clarificationRequest()) {
            return Optional.empty();
        }
        Declined declined = Declined.in(request.history());
        Optional<FollowUp> followUp = onMention(request, declined);
        if (followUp.isEmpty()) {
            followUp = onMissedPoint(request, declined);
        }
        if (followUp.isEmpty()) {
            followUp = deeper(request, declined);
        }
        return followUp;
    }

    /** Whether the candidate declined a follow-up: answered it with "I don't know", a deflection or nothing. */
    public static boolean declined(Turn turn) {
        if (!turn.isFollowUp() || turn.answer() == null) {
            return false;
        }
        if (turn.answer().skipped()) {
            return true;
        }
        Evaluation evaluation = turn.evaluation();
        return evaluation != null
                && (evaluation.flags().contains(AnswerFlag.NO_KNOWLEDGE)
                        || evaluation.flags().contains(AnswerFlag.DEFLECTION)
                        || evaluation.flags().contains(AnswerFlag.TOO_SHORT));
    }

    private static boolean answered(Turn turn) {
        Answer answer = turn.answer();
        if (answer == null || turn.evaluation() == null || answer.skipped()) {
            return false;
        }
        return !answer.text().isBlank();
    }

    /** An off-topic answer: the question again, once, graded against its own key points. */
    private static Optional<FollowUp> redirect(FollowUpRequest request) {
        if (!reasons(request.thread(), REDIRECT).isEmpty()) {
            return Optional.empty();
        }
        Question asked = request.last().question();
        String text = "Let's come back to the question I asked. " + Rephrasing.reword(asked);
        Question question = followUpQuestion(request, text, asked.keyPoints(), asked.modelAnswer());
        return Optional.of(new FollowUp(question, REDIRECT + "the answer was about something else"));
    }

    private Optional<FollowUp> onMention(FollowUpRequest request, Declined declined) {
        Turn last = request.last();
        String answer = last.answer().text();
        if (Tokens.words(answer).size() < MIN_WORDS_FOR_MENTION) {
            return Optional.empty();
        }
        Set<String> followedUp = reasons(request.history(), MENTIONED);
        String asked = request.mainQuestion().text() + "\n" + last.question().text();
        Question main = request.mainQuestion();
        // A topic the question itself is about is the answer's subject, not something mentioned in passing; a topic
        // whose follow-ups belong to another kind of question (a retrospective after a technical answer) is skipped.
        Optional<MentionLexicon.Mention> mention = lexicon.find(
                answer,
                topic -> topic.fits(main.type())
                        && !followedUp.contains(topic.topic())
                        && !declined.topics().contains(topic.topic())
                        && !lexicon.mentions(topic, asked));
        return mention.flatMap(found -> {
            int index = main.id().hashCode() + request.followUpsAsked();
            String text = found.question(index);
            if (declined.texts().contains(normalised(text))) {
                return Optional.empty();
            }
            List<KeyPoint> keyPoints = found.topic().keyPoints();
            Question question = followUpQuestion(
                    request,
                    text,
                    keyPoints,
                    keyPoints.stream().map(KeyPoint::point).toList());
            return Optional.of(new FollowUp(question, MENTIONED + found.topic().topic()));
        });
    }

    private Optional<FollowUp> onMissedPoint(FollowUpRequest request, Declined declined) {
        Turn last = request.last();
        Set<String> followedUp = reasons(request.thread(), MISSED);
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
        Question asked = last.question();
        int index = request.mainQuestion().id().hashCode() + request.followUpsAsked();
        for (KeyPoint keyPoint : candidates) {
            if (followedUp.contains(keyPoint.point()) || declined.points().contains(keyPoint.point())) {
                continue;
            }
            String text = MissedPointProbe.ask(keyPoint, asked, index);
            if (declined.texts().contains(normalised(text))) {
                continue;
            }
            Question question = followUpQuestion(request, text, List.of(keyPoint), List.of(keyPoint.point()));
            return Optional.of(new FollowUp(question, MISSED + keyPoint.point()));
        }
        return Optional.empty();
    }

    private Optional<FollowUp> deeper(FollowUpRequest request, Declined declined) {
        Evaluation evaluation = request.last().evaluation();
        double depth = evaluation.categories().containsKey(RubricCategory.DEPTH_AND_COMPLETENESS)
                ? evaluation.score(RubricCategory.DEPTH_AND_COMPLETENESS)
                : evaluation.overall();
        boolean shallow = evaluation.overall() < SHALLOW_BELOW || depth < SHALLOW_BELOW;
        if (evaluation.overall() < DECENT_AT || !shallow) {
            return Optional.empty();
        }
        Set<String> askedTexts = new HashSet<>();
        request.thread()
                .forEach(turn -> askedTexts.add(normalised(turn.question().text())));
        Question main = request.mainQuestion();
        for (int i = 0; i < main.followUps().size(); i++) {
            FollowUpPrompt prompt = main.followUps().get(i);
            String text = normalised(prompt.text());
            if (!askedTexts.contains(text) && !declined.texts().contains(text)) {
                Question question = followUpQuestion(
                        request,
                        prompt.text(),
                        prompt.keyPoints(),
                        prompt.keyPoints().stream().map(KeyPoint::point).toList());
                return Optional.of(new FollowUp(question, DEEPER + "decent but brief; prompt " + (i + 1)));
            }
        }
        return Optional.empty();
    }

    /**
     * A follow-up question of the main question's type and subject, graded against {@code keyPoints} alone (none:
     * on its own text). The main question's misconceptions still apply: a wrong claim is wrong in a follow-up too.
     */
    static Question followUpQuestion(
            FollowUpRequest request, String text, List<KeyPoint> keyPoints, List<String> modelAnswer) {
        Question main = request.mainQuestion();
        return main.toBuilder()
                .id(main.id() + "-f" + (request.followUpsAsked() + 1))
                .text(text)
                .companies(List.of())
                .keyPoints(keyPoints)
                .followUps(List.of())
                .modelAnswer(modelAnswer)
                .referenceAnswer(null)
                .build();
    }

    private static Set<String> reasons(List<Turn> turns, String prefix) {
        Set<String> reasons = new HashSet<>();
        for (Turn turn : turns) {
            String reason = turn.followUpReason();
            if (reason != null && reason.startsWith(prefix)) {
                reasons.add(reason.substring(prefix.length()));
            }
        }
        return reasons;
    }

    /** A key point for a missed point that is not one of the question's own, e.g. phrased by an LLM evaluator. */
    private static Optional<KeyPoint> toKeyPoint(String missed) {
        List<String> terms = Tokens.contentWords(missed).stream()
                .filter(word -> word.length() > 3)
                .limit(6)
                .toList();
        return missed.isBlank() || terms.isEmpty() ? Optional.empty() : Optional.of(new KeyPoint(missed, terms));
    }

    static String normalised(String text) {
        return String.join(" ", Tokens.words(text)).toLowerCase(Locale.ROOT);
    }

    /** What the candidate declined earlier: follow-up texts, mention topics and probed key points. */
    private record Declined(Set<String> texts, Set<String> topics, Set<String> points) {

        static Declined in(List<Turn> history) {
            Set<String> texts = new HashSet<>();
            Set<String> topics = new HashSet<>();
            Set<String> points = new HashSet<>();
            for (Turn turn : history) {
                if (!declined(turn)) {
                    continue;
                }
                texts.add(normalised(turn.question().text()));
                String reason = turn.followUpReason() == null ? "" : turn.followUpReason();
                if (reason.startsWith(MENTIONED)) {
                    topics.add(reason.substring(MENTIONED.length()));
                } else if (reason.startsWith(MISSED)) {
                    points.add(reason.substring(MISSED.length()));
                }
            }
            return new Declined(texts, topics, points);
        }
    }
}
