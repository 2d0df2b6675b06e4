package dev.mocksy.interview;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The short conversation that settles an interview plan: one prompt per topic not yet settled, each reply applied to
 * the plan or explained and asked again; a blank reply takes the default. A terminal and a web page drive the same
 * conversation, so both accept the same replies and give the same explanations.
 *
 * <pre>{@code
 * SetupConversation setup = SetupConversation.of(InterviewPlan.builder(), SetupConversation.Topic.values());
 * while (setup.next().isPresent()) {
 *     setup.reply(readLine()).ifPresent(System.out::println);   // a problem with the reply; the prompt stays
 * }
 * InterviewPlan plan = setup.plan();
 * }</pre>
 *
 * <p>Not thread-safe: one conversation serves one candidate.
 */
public final class SetupConversation {

    private static final Pattern MINUTES = Pattern.compile("(\\d+)\\s*(m|min|mins|minutes)");

    /** A part of the plan the conversation can ask about, in the order it asks. */
    public enum Topic {
        ROLE("role", "Role (" + ids(Role.values()) + ")", "general", (plan, reply) -> plan.role(reply)),
        TYPE(
                "type",
                "Interview type (" + ids(InterviewType.values()) + ")",
                "mixed",
                (plan, reply) -> plan.type(reply)),
        LEVEL("level", "Level (" + ids(Level.values()) + ")", "mid", (plan, reply) -> plan.level(reply)),
        DIFFICULTY(
                "difficulty",
                "Difficulty (" + ids(Difficulty.values()) + ")",
                "medium",
                (plan, reply) -> plan.difficulty(reply)),
        QUESTIONS("questions", "Number of questions, or a duration such as 30m", "5", SetupConversation::questions),
        TECHNOLOGIES(
                "technologies",
                "Technologies to focus on, comma separated",
                "",
                (plan, reply) -> plan.technologies(technologies(reply))),
        COMPANY(
                "company",
                "Company style ("
                        + String.join(
                                ", ",
                                CompanyStyle.builtIns().stream()
                                        .map(CompanyStyle::id)
                                        .toList()) + ")",
                "neutral",
                (plan, reply) -> plan.companyStyle(reply)),
        MODE(
                "mode",
                "Practice (feedback after each answer) or realistic (feedback at the end)",
                "practice",
                (plan, reply) -> plan.mode(reply));

        private final String id;
        private final String prompt;
        private final String defaultReply;
        private final BiConsumer<InterviewPlan.Builder, String> apply;

        Topic(String id, String prompt, String defaultReply, BiConsumer<InterviewPlan.Builder, String> apply) {
            this.id = id;
            this.prompt = prompt;
            this.defaultReply = defaultReply;
            this.apply = apply;
        }

        /** The topic's name in replies and on the wire, e.g. {@code "questions"}. */
        public String id() {
            return id;
        }
    }

    /**
     * What to ask next.
     *
     * @param topic the part of the plan it settles
     * @param text the question, with the accepted values where there is a short list
     * @param defaultReply what a blank reply stands for; empty when the default is "none"
     */
    public record Prompt(Topic topic, String text, String defaultReply) {
        public Prompt {
            Objects.requireNonNull(topic, "topic");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(defaultReply, "defaultReply");
        }
    }

    private final InterviewPlan.Builder plan;
    private final Deque<Topic> pending;

    private SetupConversation(InterviewPlan.Builder plan, List<Topic> topics) {
        this.plan = Objects.requireNonNull(plan, "plan");
        this.pending = new ArrayDeque<>(topics.stream().distinct().sorted().toList());
    }

    /**
     * A conversation that asks about {@code topics} (in the order of {@link Topic}) and applies the replies to
     * {@code plan}, which may already hold values from flags or a resume.
     *
     * @throws NullPointerException when the plan or a topic is null
     */
    public static SetupConversation of(InterviewPlan.Builder plan, Topic... topics) {
        Arrays.stream(topics).forEach(topic -> Objects.requireNonNull(topic, "topic"));
        return new SetupConversation(plan, List.of(topics));
    }

    /** A conversation over the topics of a list, e.g. those no flag settled. */
    public static SetupConversation of(InterviewPlan.Builder plan, List<Topic> topics) {
        return of(plan, topics.toArray(Topic[]::new));
    }

    /** The next prompt, or empty when every topic is settled. */
    public Optional<Prompt> next() {
        Topic topic = pending.peekFirst();
        return topic == null ? Optional.empty() : Optional.of(new Prompt(topic, topic.prompt, topic.defaultReply));
    }

    /**
     * Applies a reply to the current prompt: blank takes the default. Returns what was wrong with the reply, in a
     * sentence naming the accepted values, and keeps the prompt; empty when the reply was taken.
     *
     * @throws IllegalStateException when every topic is already settled
     */
    public Optional<String> reply(String text) {
        Topic topic = pending.peekFirst();
        if (topic == null) {
            throw new IllegalStateException("the set-up is complete; build the plan with plan()");
        }
        String reply = text == null || text.isBlank() ? topic.defaultReply : text.strip();
        try {
            if (!reply.isBlank()) {
                topic.apply.accept(plan, reply);
            }
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
        pending.removeFirst();
        return Optional.empty();
    }

    /** Takes the default for every topic still open. */
    public void acceptDefaults() {
        while (!pending.isEmpty()) {
            reply("");
        }
    }

    /** Whether every topic is settled. */
    public boolean done() {
        return pending.isEmpty();
    }

    /**
     * The plan as settled so far (open topics keep the builder's values).
     *
     * @throws IllegalArgumentException when the values together do not make a plan
     */
    public InterviewPlan plan() {
        return plan.build();
    }

    /**
     * Applies "5" as a question count and "30m" as a duration.
     *
     * @throws IllegalArgumentException when the reply is neither, or the count is out of range
     */
    public static void questions(InterviewPlan.Builder plan, String reply) {
        String text = reply.strip().toLowerCase(Locale.ROOT);
        Matcher minutes = MINUTES.matcher(text);
        if (minutes.matches()) {
            int value = Integer.parseInt(minutes.group(1));
            if (value < 1) {
                throw new IllegalArgumentException("a duration must be at least 1 minute, e.g. 30m");
            }
            plan.duration(Duration.ofMinutes(value));
        } else if (text.matches("\\d{1,3}")) {
            int count = Integer.parseInt(text);
            if (count < 1 || count > InterviewPlan.MAX_QUESTIONS) {
                throw new IllegalArgumentException(
                        "the number of questions must be between 1 and " + InterviewPlan.MAX_QUESTIONS);
            }
            plan.questionCount(count);
        } else {
            throw new IllegalArgumentException(
                    "'" + reply.strip() + "' is neither a number of questions (e.g. 5) nor a duration (e.g. 30m)");
        }
    }

    /** The technologies of a comma-separated reply, blanks dropped. */
    public static List<String> technologies(String reply) {
        return Arrays.stream(reply.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static String ids(Choice[] choices) {
        return String.join(", ", Arrays.stream(choices).map(Choice::id).toList());
    }
}
