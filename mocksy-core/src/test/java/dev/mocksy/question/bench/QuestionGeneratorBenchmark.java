package dev.mocksy.question.bench;

import dev.mocksy.evaluation.Evaluation;
import dev.mocksy.interview.Answer;
import dev.mocksy.interview.InterviewPlan;
import dev.mocksy.interview.InterviewType;
import dev.mocksy.interview.Level;
import dev.mocksy.interview.Role;
import dev.mocksy.interview.Turn;
import dev.mocksy.question.BankQuestionGenerator;
import dev.mocksy.question.FollowUp;
import dev.mocksy.question.FollowUpRequest;
import dev.mocksy.question.Question;
import dev.mocksy.question.QuestionBank;
import dev.mocksy.question.QuestionRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What the offline generator adds to one interview turn: choosing the next main question, choosing a follow-up, and
 * matching a typed question against the bank. Sample time, so JMH reports p50 and p99.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class QuestionGeneratorBenchmark {

    private static final List<String> FILES = List.of("backend.json", "fullstack.json", "data.json", "devops.json");

    private BankQuestionGenerator generator;
    private QuestionBank bank;
    private QuestionRequest nextRequest;
    private FollowUpRequest followUpRequest;

    @Setup
    public void setUp() {
        bank = QuestionBank.fromResources(
                FILES.stream().map(file -> QuestionBank.DEFAULT_FOLDER + file).toList());
        generator = new BankQuestionGenerator(bank, 1L);
        InterviewPlan plan = InterviewPlan.builder()
                .role(Role.FULL_STACK)
                .type(InterviewType.TECHNICAL)
                .level(Level.MID)
                .questionCount(10)
                .maxFollowUps(2)
                .technologies("PostgreSQL")
                .build();
        List<Turn> history = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Question question = generator
                    .nextQuestion(new QuestionRequest(plan, null, history, null, Set.of(), List.of()))
                    .orElseThrow();
            history.add(turn(question, "A middling answer about the topic.", List.of()));
        }
        nextRequest = new QuestionRequest(plan, null, history, null, Set.of(), List.of());
        Question last = history.get(history.size() - 1).question();
        Turn answered = turn(
                last,
                "At Acme I worked on a distributed system where we cached sessions in Redis and had an outage once.",
                List.of(last.keyPoints().get(1).point()));
        followUpRequest = new FollowUpRequest(plan, List.of(answered), null);
    }

    private static Turn turn(Question question, String answer, List<String> missed) {
        Evaluation evaluation =
                new Evaluation(6, Map.of(), List.of(), missed, List.of(), "", Set.of(), "heuristic", List.of());
        return new Turn(question, null, null, Answer.of(answer), evaluation);
    }

    @Benchmark
    public Optional<Question> nextQuestion() {
        return generator.nextQuestion(nextRequest);
    }

    @Benchmark
    public Optional<FollowUp> followUp() {
        return generator.followUp(followUpRequest);
    }

    @Benchmark
    public Optional<Question> findByText() {
        return bank.find("How would you paginate a large table in an API, and why is OFFSET a poor choice?");
    }
}
