package dev.mocksy.embeddings.minilm.bench;

import dev.mocksy.embeddings.minilm.MiniLmTextEmbedder;
import dev.mocksy.evaluation.Evaluation;
import dev.mocksy.evaluation.EvaluationRequest;
import dev.mocksy.evaluation.HeuristicAnswerEvaluator;
import dev.mocksy.interview.Answer;
import dev.mocksy.question.Question;
import dev.mocksy.question.QuestionBank;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost per answer of matching key points by meaning: one evaluation of a 130-word, eight-sentence answer to a
 * bank question with the MiniLM embedder (every sentence embedded; the question's vectors cached after the first
 * call), beside the word-only evaluator in the same run.
 *
 * <p>Run: {@code taskset -c 0 scripts/jmh mocksy-embeddings-minilm MeaningMatchBenchmark} (one core). Goal: p99 under
 * 50 ms on one core.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 4)
@Fork(
        value = 1,
        jvmArgs = {"-Xmx1g"})
@State(Scope.Benchmark)
public class MeaningMatchBenchmark {

    static final String ANSWER = "Goroutines are cheap threads that the Go runtime schedules onto a few OS threads, so"
            + " starting thousands of them is fine. A channel hands a value from one goroutine to another, and an"
            + " unbuffered send waits until someone receives it. The classic leak is a goroutine waiting on a channel"
            + " that nobody will ever read from again, for example after the caller returned early on a timeout. It"
            + " stays blocked for the life of the process and its stack is never freed. To avoid that, I pass a"
            + " context and select on ctx.Done() next to every send and receive. The producer closes the channel when"
            + " it is done, so range loops end. In tests I check the goroutine count before and after with goleak.";

    private Question question;
    private HeuristicAnswerEvaluator words;
    private HeuristicAnswerEvaluator meaning;
    private EvaluationRequest request;

    @Setup
    public void setUp() {
        question = QuestionBank.defaultBank().byId("be-go-goroutines-01").orElseThrow();
        words = new HeuristicAnswerEvaluator();
        meaning = new HeuristicAnswerEvaluator(MiniLmTextEmbedder.shared());
        request = new EvaluationRequest(question, Answer.of(ANSWER), null);
        meaning.evaluate(request);
    }

    @Benchmark
    public Evaluation withMeaning() {
        return meaning.evaluate(request);
    }

    @Benchmark
    public Evaluation wordsOnly() {
        return words.evaluate(request);
    }
}
