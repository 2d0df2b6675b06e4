package dev.mocksy.vision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Collects a session's frame observations, grouped by the answer being given, and builds a {@link VisionReport}.
 *
 * <pre>{@code
 * VisionRecorder recorder = new VisionRecorder(VisionPolicy.practice(), analyzer);
 * recorder.observe("q1", Frame.encoded(jpeg, elapsed)); // while the candidate answers q1
 * VisionReport report = recorder.report();
 * }</pre>
 *
 * <p>The policy is checked before any frame is analysed. Thread-safe: frames may arrive from a web request thread
 * while the session reads the report.
 */
public final class VisionRecorder {

    private final VisionPolicy policy;
    private final VisionAnalyzer analyzer;
    private final VisionSummarizer summarizer;
    private final List<FrameObservation> session = new ArrayList<>();
    private final Map<String, List<FrameObservation>> answers = new LinkedHashMap<>();

    /** A recorder that summarises with {@link VisionSummarizer#defaults()}. */
    public VisionRecorder(VisionPolicy policy, VisionAnalyzer analyzer) {
        this(policy, analyzer, VisionSummarizer.defaults());
    }

    public VisionRecorder(VisionPolicy policy, VisionAnalyzer analyzer, VisionSummarizer summarizer) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        this.summarizer = Objects.requireNonNull(summarizer, "summarizer");
    }

    /**
     * Analyses a frame and records it for the session and, when {@code questionId} is not null, for that answer.
     *
     * @throws IllegalStateException when the policy does not allow analysis (nothing is analysed)
     * @throws dev.mocksy.UnsupportedInputException when the frame cannot be decoded
     */
    public FrameObservation observe(String questionId, Frame frame) {
        Objects.requireNonNull(frame, "frame");
        policy.requireAllowed();
        FrameObservation observation = analyzer.analyze(frame);
        record(questionId, observation);
        return observation;
    }

    /**
     * Records an observation made elsewhere (for example by a worker pool).
     *
     * @throws IllegalStateException when the policy does not allow analysis
     */
    public synchronized void record(String questionId, FrameObservation observation) {
        Objects.requireNonNull(observation, "observation");
        policy.requireAllowed();
        session.add(observation);
        if (questionId != null) {
            answers.computeIfAbsent(questionId, id -> new ArrayList<>()).add(observation);
        }
    }

    /** The report so far; an empty summary when nothing was observed. */
    public synchronized VisionReport report() {
        List<AnswerVision> perAnswer = new ArrayList<>();
        answers.forEach((id, frames) -> perAnswer.add(new AnswerVision(id, summarizer.summarize(frames))));
        return new VisionReport(policy, summarizer.summarize(session), perAnswer);
    }
}
