package dev.mocksy.question;

import dev.mocksy.interview.Difficulty;
import dev.mocksy.interview.InterviewPlan;
import dev.mocksy.interview.InterviewType;
import dev.mocksy.interview.Level;
import dev.mocksy.interview.Role;
import dev.mocksy.interview.Turn;
import dev.mocksy.resume.CandidateProfile;
import dev.mocksy.resume.Skill;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/**
 * The offline question generator: picks main questions from a {@link QuestionBank} and asks rule-based follow-ups
 * (see {@link RuleBasedFollowUps}).
 *
 * <pre>{@code
 * QuestionGenerator generator = new BankQuestionGenerator(QuestionBank.defaultBank(), 42L);
 * }</pre>
 *
 * <p>Only questions of a suitable role (the plan's own, any role, or a related one: full stack draws on frontend
 * and backend; for system design, any role as a last resort) and level (the plan's, or any) are asked. Among them, the best-scoring ones are drawn at random, in
 * this order of importance: what the user chose (the plan's technologies; the company style for behavioral
 * questions), the role (own, then any, then related), the level (exact, then any), then the target difficulty
 * (exact, then one step away), the candidate's skills and, in a general technical interview, roles not asked yet.
 * Questions the candidate had in earlier sessions ({@link QuestionRequest#previousQuestionIds()}) come after unseen
 * ones, and questions about their weak topics come first among equals. A question whose id is already in the
 * history is never asked again, and one that tests the same key point as a question already asked only when no other
 * question fits. With the same
 * seed and the same calls, the same questions come out.
 */
public final class BankQuestionGenerator implements QuestionGenerator {

    private static final Map<Role, Set<Role>> RELATED_ROLES = Map.of(
            Role.FULL_STACK, EnumSet.of(Role.FRONTEND, Role.BACKEND),
            Role.FRONTEND, EnumSet.of(Role.FULL_STACK, Role.MOBILE),
            Role.BACKEND, EnumSet.of(Role.FULL_STACK, Role.DEVOPS),
            Role.DEVOPS, EnumSet.of(Role.BACKEND),
            Role.DATA_SCIENCE, EnumSet.of(Role.BACKEND),
            Role.MOBILE, EnumSet.of(Role.FRONTEND),
            Role.GENERAL, EnumSet.noneOf(Role.class));

    // Weights of the score. What the user chose explicitly (technologies, company style) outranks the role, which
    // outranks the level, which outranks the soft preferences (difficulty, skills, breadth) together.
    private static final int CHOSEN_WEIGHT = 100_000;
    private static final int ROLE_WEIGHT = 10_000;
    private static final int LEVEL_WEIGHT = 1_000;
    private static final int OTHER_COMPANY_PENALTY = 20;
    private static final int DIFFICULTY_STEP = 30;
    private static final int SKILL_BONUS = 15;
    private static final int FRESH_ROLE_BONUS = 10;
    // Earlier sessions: a question not asked before outranks the soft preferences; a weak topic is worth revisiting.
    private static final int UNSEEN_BONUS = 500;
    private static final int WEAK_TOPIC_BONUS = 200;
    private static final int REPEATED_POINT_PENALTY = 10_000_000;

    private final QuestionBank bank;
    private final List<Candidate> candidates;
    private final RandomGenerator random;
    private final RuleBasedFollowUps followUps;

    /**
     * A generator drawing from {@code bank} with the given source of randomness.
     *
     * <p>Calls are serialised on {@code random}, so one generator can serve several sessions.
     */
    public BankQuestionGenerator(QuestionBank bank, RandomGenerator random) {
        this(bank, random, RuleBasedFollowUps.standard());
    }

    /** A deterministic generator: the same seed and the same calls give the same questions. */
    public BankQuestionGenerator(QuestionBank bank, long seed) {
        this(bank, new SplittableRandom(seed));
    }

    /** A generator with its own follow-up rules, e.g. with a product's own lexicon of topics. */
    public BankQuestionGenerator(QuestionBank bank, RandomGenerator random, RuleBasedFollowUps followUps) {
        this.bank = Objects.requireNonNull(bank, "bank");
        this.candidates = bank.questions().stream()
                .map(question -> new Candidate(
                        question,
                        question.technologies().stream()
                                .map(BankQuestionGenerator::normalise)
                                .collect(Collectors.toUnmodifiableSet())))
                .toList();
        this.random = Objects.requireNonNull(random, "random");
        this.followUps = Objects.requireNonNull(followUps, "followUps");
    }

    /** The bank questions are drawn from. */
    public QuestionBank bank() {
        return bank;
    }

    @Override
    public Optional<Question> nextQuestion(QuestionRequest request) {
        Objects.requireNonNull(request, "request");
        Set<String> asked = new HashSet<>();
        for (Turn turn : request.history()) {
            asked.add(turn.question().id());
            if (turn.parentQuestionId() != null) {
                asked.add(turn.parentQuestionId());
            }
        }
        for (InterviewType type : typesInOrder(request)) {
            Optional<Question> chosen = best(request, type, asked);
            if (chosen.isPresent()) {
                return chosen.map(question -> personal(question, request.profile()));
            }
        }
        return Optional.empty();
    }

    /**
     * Says why a question was chosen when the resume is the reason: "Your resume lists Kafka." before a Kafka
     * question, so the candidate sees the interview is about their own experience. Same id and key points.
     */
    static Question personal(Question question, CandidateProfile profile) {
        if (profile == null) {
            return question;
        }
        Optional<String> skill =
                question.technologies().stream().filter(profile::hasSkill).findFirst();
        if (skill.isEmpty()) {
            return question;
        }
        return question.toBuilder()
                .text("Your resume lists " + skill.get() + ". " + question.text())
                .build();
    }

    @Override
    public Optional<FollowUp> followUp(FollowUpRequest request) {
        return followUps.followUp(request);
    }

    /** The question type for the next slot, then the fallbacks when none of that type is left. */
    static List<InterviewType> typesInOrder(QuestionRequest request) {
        InterviewPlan plan = request.plan();
        if (plan.type() != InterviewType.MIXED) {
            return List.of(plan.type());
        }
        InterviewType wanted = mixedSlot(plan, request.mainQuestionsAsked());
        List<InterviewType> order = new ArrayList<>(List.of(wanted));
        for (InterviewType type : List.of(InterviewType.TECHNICAL, InterviewType.BEHAVIORAL)) {
            if (!order.contains(type)) {
                order.add(type);
            }
        }
        return order;
    }

    /**
     * The type of main question number {@code slot} (0-based) in a mixed interview: behavioral and technical in
     * turn, starting behavioral, with one system design question in the middle of a mid or senior interview of four
     * or more questions.
     */
    static InterviewType mixedSlot(InterviewPlan plan, int slot) {
        boolean withDesign = plan.level() != Level.JUNIOR && plan.questionCount() >= 4;
        int designSlot = plan.questionCount() / 2;
        if (withDesign && slot == designSlot) {
            return InterviewType.SYSTEM_DESIGN;
        }
        int position = withDesign && slot > designSlot ? slot - 1 : slot;
        return position % 2 == 0 ? InterviewType.BEHAVIORAL : InterviewType.TECHNICAL;
    }

    private Optional<Question> best(QuestionRequest request, InterviewType type, Set<String> asked) {
        Preferences preferences = new Preferences(request, type);
        List<Question> askedQuestions = request.history().stream()
                .filter(turn -> !turn.isFollowUp())
                .map(Turn::question)
                .toList();
        List<Question> best = new ArrayList<>();
        int bestScore = Integer.MIN_VALUE;
        for (Candidate candidate : candidates) {
            Question question = candidate.question();
            if (question.type() != type || asked.contains(question.id())) {
                continue;
            }
            int score = preferences.score(candidate);
            if (score < 0) {
                continue;
            }
            // within one interview, a question testing a key point already tested comes only when nothing else fits;
            // one that already scores below the best cannot win either way, so its key points need no comparing
            if (score >= bestScore
                    && askedQuestions.stream()
                            .anyMatch(earlier -> KeyPointOverlap.testsSameKeyPoint(question, earlier))) {
                score -= REPEATED_POINT_PENALTY;
            }
            if (score > bestScore) {
                bestScore = score;
                best.clear();
            }
            if (score == bestScore) {
                best.add(question);
            }
        }
        if (best.isEmpty()) {
            return Optional.empty();
        }
        int pick;
        synchronized (random) {
            pick = random.nextInt(best.size());
        }
        return Optional.of(best.get(pick));
    }

    /** A bank question with its technologies normalised once, so scoring does no string work. */
    private record Candidate(Question question, Set<String> technologies) {}

    /** A technology name for comparison: "Node.js", "nodejs" and "Node JS" are the same. */
    private static String normalise(String technology) {
        return technology.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s.\\-_]+", "");
    }

    /** What the plan, the profile and the history ask for, as a score per question; negative means unsuitable. */
    private static final class Preferences {
        private final InterviewPlan plan;
        private final InterviewType type;
        private final Difficulty target;
        private final Set<String> technologies = new HashSet<>();
        private final Set<String> skills = new HashSet<>();
        private final Set<Role> rolesSeen = EnumSet.noneOf(Role.class);
        private final boolean broad;
        private final Set<String> previous;
        private final List<String> weakTopics;

        Preferences(QuestionRequest request, InterviewType type) {
            this.plan = request.plan();
            this.type = type;
            this.target = request.targetDifficulty();
            this.previous = request.previousQuestionIds();
            this.weakTopics = request.weakTopics();
            plan.technologies().forEach(technology -> technologies.add(normalise(technology)));
            CandidateProfile profile = request.profile();
            if (profile != null) {
                for (Skill skill : profile.skills()) {
                    skills.add(normalise(skill.name()));
                }
            }
            for (Turn turn : request.history()) {
                if (!turn.isFollowUp()) {
                    rolesSeen.addAll(turn.question().roles());
                }
            }
            // A general technical interview samples every role rather than a few role-less questions.
            this.broad = plan.role() == Role.GENERAL && type != InterviewType.BEHAVIORAL;
        }

        int score(Candidate candidate) {
            Question question = candidate.question();
            int role = roleTier(question.roles());
            int level = question.levels().isEmpty() ? 1 : question.levels().contains(plan.level()) ? 2 : -1;
            if (role < 0 || level < 0) {
                return -1;
            }
            int score = role * ROLE_WEIGHT + level * LEVEL_WEIGHT;
            score += (2 - distance(question.difficulty(), target)) * DIFFICULTY_STEP;
            if (candidate.technologies().stream().anyMatch(technologies::contains)) {
                score += CHOSEN_WEIGHT;
            }
            if (candidate.technologies().stream().anyMatch(skills::contains)) {
                score += SKILL_BONUS;
            }
            if (type == InterviewType.BEHAVIORAL && !question.companies().isEmpty()) {
                score += question.companies().contains(plan.companyStyle().id())
                        ? CHOSEN_WEIGHT
                        : -OTHER_COMPANY_PENALTY;
            }
            if (broad
                    && !question.roles().isEmpty()
                    && question.roles().stream().noneMatch(rolesSeen::contains)) {
                score += FRESH_ROLE_BONUS;
            }
            if (!previous.contains(question.id())) {
                score += UNSEEN_BONUS;
            }
            if (KeyPointOverlap.about(question, weakTopics)) {
                score += WEAK_TOPIC_BONUS;
            }
            return score;
        }

        private int roleTier(Set<Role> roles) {
            if (broad) {
                return 2;
            }
            if (roles.contains(plan.role())) {
                return 3;
            }
            if (roles.isEmpty()) {
                return 2;
            }
            if (roles.stream().anyMatch(RELATED_ROLES.get(plan.role())::contains)) {
                return 1;
            }
            // Designing a system is much the same skill whatever the role, so any role beats ending the interview.
            return type == InterviewType.SYSTEM_DESIGN ? 0 : -1;
        }

        private static int distance(Difficulty a, Difficulty b) {
            return Math.abs(a.ordinal() - b.ordinal());
        }
    }
}
