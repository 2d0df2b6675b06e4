package dev.mocksy.question;

import dev.mocksy.interview.InterviewType;
import dev.mocksy.interview.Level;
import dev.mocksy.interview.Role;
import dev.mocksy.interview.Turn;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Runs your question sets: asks their questions in file order, those that fit the plan (type, role, level) first,
 * each once; follow-ups come from the questions' own follow-ups (graded against their own key points) and the
 * offline follow-up rules.
 *
 * <pre>{@code
 * QuestionGenerator generator = new QuestionSetGenerator(List.of(QuestionSet.load(Path.of("acme.yaml"))));
 * }</pre>
 */
public final class QuestionSetGenerator implements QuestionGenerator {

    private final List<Question> questions;
    private final RuleBasedFollowUps followUps;

    /**
     * A generator over the questions of {@code sets}, in order.
     *
     * @throws IllegalArgumentException when the sets hold no question, or two questions share an id
     */
    public QuestionSetGenerator(List<QuestionSet> sets) {
        this(sets, RuleBasedFollowUps.standard());
    }

    /** A generator with its own follow-up rules. */
    public QuestionSetGenerator(List<QuestionSet> sets, RuleBasedFollowUps followUps) {
        Objects.requireNonNull(sets, "sets");
        List<Question> all = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (QuestionSet set : sets) {
            for (Question question : set.questions()) {
                if (!ids.add(question.id())) {
                    throw new IllegalArgumentException("question id " + question.id() + " appears in two question sets"
                            + " (again in " + set.source() + "); ids must be unique across the sets you use");
                }
                all.add(question);
            }
        }
        if (all.isEmpty()) {
            throw new IllegalArgumentException("the question sets hold no question");
        }
        this.questions = List.copyOf(all);
        this.followUps = Objects.requireNonNull(followUps, "followUps");
    }

    /** The questions, in the order they are asked when all fit. */
    public List<Question> questions() {
        return questions;
    }

    @Override
    public Optional<Question> nextQuestion(QuestionRequest request) {
        Set<String> asked = new HashSet<>();
        for (Turn turn : request.history()) {
            asked.add(turn.question().id());
        }
        Question fallback = null;
        for (Question question : questions) {
            if (asked.contains(question.id())) {
                continue;
            }
            if (fits(question, request)) {
                return Optional.of(question);
            }
            if (fallback == null) {
                fallback = question;
            }
        }
        return Optional.ofNullable(fallback);
    }

    @Override
    public Optional<FollowUp> followUp(FollowUpRequest request) {
        return followUps.followUp(request);
    }

    private static boolean fits(Question question, QuestionRequest request) {
        InterviewType type = request.plan().type();
        Role role = request.plan().role();
        Level level = request.plan().level();
        boolean typeFits = type == InterviewType.MIXED || question.type() == type;
        boolean roleFits = question.roles().isEmpty() || question.roles().contains(role) || role == Role.GENERAL;
        boolean levelFits = question.levels().isEmpty() || question.levels().contains(level);
        return typeFits && roleFits && levelFits;
    }
}
