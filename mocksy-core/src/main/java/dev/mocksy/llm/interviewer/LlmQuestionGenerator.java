package dev.mocksy.llm.interviewer;

import dev.mocksy.internal.llm.PromptTemplate;
import dev.mocksy.internal.llm.StructuredCall;
import dev.mocksy.internal.llm.UntrustedText;
import dev.mocksy.interview.CompanyStyle;
import dev.mocksy.interview.InterviewPlan;
import dev.mocksy.interview.InterviewType;
import dev.mocksy.interview.Turn;
import dev.mocksy.llm.ChatRequest;
import dev.mocksy.llm.LanguageModel;
import dev.mocksy.question.FollowUp;
import dev.mocksy.question.FollowUpPrompt;
import dev.mocksy.question.FollowUpRequest;
import dev.mocksy.question.KeyPoint;
import dev.mocksy.question.Question;
import dev.mocksy.question.QuestionGenerator;
import dev.mocksy.question.QuestionRequest;
import dev.mocksy.resume.CandidateProfile;
import dev.mocksy.resume.Skill;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Asks questions a language model writes for this candidate: a personal opening drawn from the profile, main
 * questions that fit the plan and the company's persona, and follow-ups built on a phrase the candidate just said.
 *
 * <pre>{@code
 * QuestionGenerator questions = new LlmQuestionGenerator(model, new BankQuestionGenerator());
 * }</pre>
 *
 * <p>Every reply is validated (a real question, not one already asked, of the plan's type; a follow-up's quote must
 * be word for word in the answer). When the model fails or keeps replying invalid JSON, the offline generator answers.
 */
public final class LlmQuestionGenerator implements QuestionGenerator {

    private static final PromptTemplate SYSTEM = PromptTemplate.load("interviewer-system", "v1");
    private static final PromptTemplate FIRST = PromptTemplate.load("first-question", "v1");
    private static final PromptTemplate NEXT = PromptTemplate.load("next-question", "v1");
    private static final PromptTemplate FOLLOW_UP = PromptTemplate.load("follow-up", "v1");
    private static final PromptTemplate REPHRASE = PromptTemplate.load("rephrase-question", "v1");

    private final QuestionGenerator fallback;
    private final StructuredCall structured;

    /**
     * @param model the language model that writes questions
     * @param fallback the offline generator, used when the model cannot give a valid question
     */
    public LlmQuestionGenerator(LanguageModel model, QuestionGenerator fallback) {
        this.fallback = Objects.requireNonNull(fallback, "fallback");
        this.structured = new StructuredCall(Objects.requireNonNull(model, "model"));
    }

    /** The kinds of question a model may write. */
    enum Kind {
        BEHAVIORAL,
        TECHNICAL,
        SYSTEM_DESIGN
    }

    /** A key point with the words that show it was made. */
    record Point(String point, List<String> terms) {}

    /** A question the model wrote. */
    record GeneratedQuestion(
            String question, Kind kind, List<Point> keyPoints, List<String> followUps, List<String> modelAnswer) {}

    /** The model's rewording of a question. */
    record Rephrased(String question) {}

    /** The model's decision on a follow-up. */
    record FollowUpDecision(boolean askFollowUp, String quote, String question, String reason, List<Point> keyPoints) {}

    @Override
    public Optional<Question> firstQuestion(QuestionRequest request) {
        if (request.profile() == null) {
            return nextQuestion(request);
        }
        UntrustedText delimiter = UntrustedText.fresh();
        String prompt = FIRST.render(Map.of(
                "type", request.plan().type().displayName(),
                "difficulty", request.targetDifficulty().displayName(),
                "technologies", technologies(request.plan()),
                "kindRule", kindRule(request.plan()),
                "tag", delimiter.tag(),
                "profile", delimiter.wrap(describe(request.profile()))));
        return generate(request, prompt).or(() -> fallback.firstQuestion(request));
    }

    @Override
    public Optional<Question> nextQuestion(QuestionRequest request) {
        String profileSection = "";
        UntrustedText delimiter = UntrustedText.fresh();
        if (request.profile() != null) {
            profileSection = "Where it fits, relate the question to the candidate's background, between the <"
                    + delimiter.tag() + "> tags:\n" + delimiter.wrap(describe(request.profile())) + "\n";
        }
        String prompt = NEXT.render(Map.of(
                "type", request.plan().type().displayName(),
                "difficulty", request.targetDifficulty().displayName(),
                "technologies", technologies(request.plan()),
                "kindRule", kindRule(request.plan()),
                "asked",
                        LlmAnswerEvaluator.bullets(
                                request.history().stream()
                                        .map(t -> t.question().text())
                                        .toList(),
                                "(none yet)"),
                "profileSection", profileSection));
        return generate(request, prompt).or(() -> fallback.nextQuestion(request));
    }

    @Override
    public Optional<FollowUp> followUp(FollowUpRequest request) {
        Turn last = request.last();
        if (last.answer() == null
                || last.answer().skipped()
                || last.answer().text().isBlank()) {
            return fallback.followUp(request);
        }
        if (request.followUpsAsked() >= request.plan().maxFollowUps()) {
            return Optional.empty();
        }
        if (last.evaluation() != null
                && (last.evaluation().nonAnswer()
                        || last.evaluation().graderInstruction()
                        || last.evaluation().clarificationRequest())) {
            // declined, off-topic or manipulative: the offline rules redirect once or move on, never re-ask
            return fallback.followUp(request);
        }
        String answer = last.answer().text();
        UntrustedText delimiter = UntrustedText.fresh();
        String prompt = FOLLOW_UP.render(Map.of(
                "mainQuestion", request.mainQuestion().text(),
                "lastQuestion", last.question().text(),
                "missed",
                        last.evaluation() == null || last.evaluation().missed().isEmpty()
                                ? "(none recorded)"
                                : String.join("; ", last.evaluation().missed()),
                "score",
                        last.evaluation() == null
                                ? "unknown"
                                : String.valueOf(last.evaluation().overall()),
                "followUpsAsked", String.valueOf(request.followUpsAsked()),
                "tag", delimiter.tag(),
                "answer", delimiter.wrap(answer)));
        ChatRequest chat = chat(request.plan(), prompt);
        List<String> missedPoints =
                last.evaluation() == null ? List.of() : last.evaluation().missed();
        List<String> asked =
                request.history().stream().map(t -> t.question().text()).toList();
        StructuredCall.Outcome<FollowUpDecision> outcome =
                structured.call(chat, FollowUpDecision.class, d -> followUpProblems(d, answer, missedPoints, asked));
        if (outcome.value() == null) {
            return fallback.followUp(request);
        }
        FollowUpDecision decision = outcome.value();
        if (!decision.askFollowUp()) {
            return Optional.empty();
        }
        Question main = request.mainQuestion();
        Question question = new Question(
                idFor(decision.question()),
                decision.question().strip(),
                main.type(),
                main.roles(),
                main.levels(),
                main.difficulty(),
                main.technologies(),
                main.companies(),
                keyPoints(decision.keyPoints()),
                List.of(),
                List.of(),
                List.of(),
                null);
        String reason = (decision.reason() == null || decision.reason().isBlank() ? "follow-up" : decision.reason())
                + " (on: \"" + decision.quote().strip() + "\")";
        return Optional.of(new FollowUp(question, reason));
    }

    @Override
    public Question rephrase(Question question, String request) {
        UntrustedText delimiter = UntrustedText.fresh();
        String prompt = REPHRASE.render(Map.of(
                "question", question.text(),
                "tag", delimiter.tag(),
                "request", delimiter.wrap(request == null ? "" : request)));
        ChatRequest chat = ChatRequest.builder()
                .user(prompt)
                .temperature(0.3)
                .maxOutputTokens(300)
                .build();
        StructuredCall.Outcome<Rephrased> outcome = structured.call(
                chat,
                Rephrased.class,
                r -> r.question() == null || r.question().isBlank()
                        ? List.of("question must not be empty")
                        : question.keyPoints().stream()
                                .filter(k -> r.question()
                                        .toLowerCase(Locale.ROOT)
                                        .contains(k.point().toLowerCase(Locale.ROOT)))
                                .map(k -> "the rewording states a key point; do not give the answer away")
                                .toList());
        return outcome.valueIfPresent()
                .map(r -> question.toBuilder().text(r.question().strip()).build())
                .orElseGet(() -> fallback.rephrase(question, request));
    }

    private Optional<Question> generate(QuestionRequest request, String prompt) {
        ChatRequest chat = chat(request.plan(), prompt);
        StructuredCall.Outcome<GeneratedQuestion> outcome =
                structured.call(chat, GeneratedQuestion.class, q -> questionProblems(q, request));
        return outcome.valueIfPresent().map(q -> toQuestion(q, request));
    }

    private static ChatRequest chat(InterviewPlan plan, String prompt) {
        CompanyStyle style = plan.companyStyle();
        String persona =
                style.equals(CompanyStyle.NEUTRAL) ? "an experienced interviewer" : "an interviewer at " + style.name();
        String principles = style.principles().isEmpty()
                ? ""
                : "Listen for these principles and shape questions around them: "
                        + String.join(", ", style.principles()) + ".";
        String system = SYSTEM.render(Map.of(
                "persona",
                persona,
                "level",
                plan.level().displayName(),
                "role",
                plan.role().displayName(),
                "style",
                style.description().isBlank() ? "balanced and friendly" : style.description(),
                "principles",
                principles));
        return ChatRequest.builder()
                .system(system)
                .user(prompt)
                .temperature(0.7)
                .maxOutputTokens(1200)
                .build();
    }

    private static List<String> questionProblems(GeneratedQuestion q, QuestionRequest request) {
        List<String> problems = new ArrayList<>();
        if (q.question() == null || q.question().isBlank()) {
            return List.of("question must not be empty");
        }
        if (q.question().length() > 600) {
            problems.add("question is too long to ask aloud; keep it under 600 characters");
        }
        String normalised = q.question().strip().toLowerCase(Locale.ROOT);
        if (request.history().stream()
                .anyMatch(t ->
                        t.question().text().strip().toLowerCase(Locale.ROOT).equals(normalised))) {
            problems.add("question was already asked; ask a different one");
        }
        if (q.kind() == null) {
            problems.add("kind must be BEHAVIORAL, TECHNICAL or SYSTEM_DESIGN");
        } else if (request.plan().type() != InterviewType.MIXED
                && toType(q.kind()) != request.plan().type()) {
            problems.add("kind must be " + request.plan().type().name() + " in this interview");
        }
        if (q.keyPoints() == null || q.keyPoints().isEmpty()) {
            problems.add("give at least one key point");
        } else {
            for (Point point : q.keyPoints()) {
                if (point == null
                        || point.point() == null
                        || point.point().isBlank()
                        || point.terms() == null
                        || point.terms().stream().noneMatch(t -> t != null && !t.isBlank())) {
                    problems.add("every key point needs its sentence and at least one term");
                    break;
                }
            }
        }
        return problems;
    }

    private static List<String> followUpProblems(
            FollowUpDecision d, String answer, List<String> missedPoints, List<String> asked) {
        if (!d.askFollowUp()) {
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        if (d.question() != null) {
            String lower = d.question().toLowerCase(Locale.ROOT);
            for (String missed : missedPoints) {
                String point =
                        missed.toLowerCase(Locale.ROOT).replaceAll("[.!]+$", "").strip();
                if (point.length() > 12 && lower.contains(point)) {
                    problems.add("the question states the missed point \"" + missed + "\"; ask for it without giving"
                            + " the answer away");
                }
            }
            if (asked.stream()
                    .anyMatch(a -> a.strip().equalsIgnoreCase(d.question().strip()))) {
                problems.add("this question was already asked; ask something new");
            }
        }
        if (d.question() == null || d.question().isBlank()) {
            problems.add("question must not be empty when askFollowUp is true");
        }
        if (d.quote() == null || !Quotes.isIn(d.quote(), answer)) {
            problems.add("quote must be a phrase copied word for word from the candidate's answer");
        }
        return problems;
    }

    private static Question toQuestion(GeneratedQuestion q, QuestionRequest request) {
        InterviewPlan plan = request.plan();
        CompanyStyle style = plan.companyStyle();
        return new Question(
                idFor(q.question()),
                q.question().strip(),
                toType(q.kind()),
                Set.of(plan.role()),
                Set.of(plan.level()),
                request.targetDifficulty(),
                plan.technologies(),
                style.equals(CompanyStyle.NEUTRAL) ? List.of() : List.of(style.id()),
                keyPoints(q.keyPoints()),
                FollowUpPrompt.ofTexts(
                        q.followUps() == null
                                ? List.of()
                                : q.followUps().stream()
                                        .filter(f -> f != null && !f.isBlank())
                                        .toList()),
                q.modelAnswer() == null ? List.of() : q.modelAnswer(),
                List.of(),
                null);
    }

    private static List<KeyPoint> keyPoints(List<Point> points) {
        if (points == null) {
            return List.of();
        }
        return points.stream()
                .filter(p -> p != null && p.point() != null && !p.point().isBlank() && p.terms() != null)
                .map(p -> new KeyPoint(
                        p.point().strip(),
                        p.terms().stream()
                                .filter(t -> t != null && !t.isBlank())
                                .map(String::strip)
                                .toList()))
                .filter(k -> !k.terms().isEmpty())
                .toList();
    }

    private static InterviewType toType(Kind kind) {
        switch (kind) {
            case BEHAVIORAL:
                return InterviewType.BEHAVIORAL;
            case SYSTEM_DESIGN:
                return InterviewType.SYSTEM_DESIGN;
            default:
                return InterviewType.TECHNICAL;
        }
    }

    private static String kindRule(InterviewPlan plan) {
        return plan.type() == InterviewType.MIXED
                ? ""
                : "; it must be " + plan.type().name();
    }

    private static String technologies(InterviewPlan plan) {
        return plan.technologies().isEmpty() ? "" : ", focused on " + String.join(", ", plan.technologies());
    }

    /** The profile as plain lines for the prompt. */
    static String describe(CandidateProfile profile) {
        List<String> lines = new ArrayList<>();
        if (profile.name() != null && !profile.name().isBlank()) {
            lines.add("Name: " + profile.name());
        }
        if (profile.seniority() != null) {
            lines.add("Seniority: " + profile.seniority().displayName());
        }
        if (profile.yearsOfExperience() != null) {
            lines.add("Years of experience: " + profile.yearsOfExperience());
        }
        if (!profile.skills().isEmpty()) {
            lines.add("Skills: " + profile.skills().stream().map(Skill::name).collect(Collectors.joining(", ")));
        }
        if (!profile.roles().isEmpty()) {
            lines.add("Roles: "
                    + profile.roles().stream().map(r -> r.displayName()).collect(Collectors.joining(", ")));
        }
        profile.projects().forEach(p -> lines.add("Project: " + p));
        return String.join("\n", lines);
    }

    private static String idFor(String text) {
        byte[] bytes = text.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
        int hash = Arrays.hashCode(bytes);
        return "llm-" + HexFormat.of().toHexDigits(hash);
    }
}
