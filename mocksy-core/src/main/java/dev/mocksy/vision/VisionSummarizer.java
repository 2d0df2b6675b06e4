package dev.mocksy.vision;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Turns per-frame observations into a {@link VisionSummary}: pure arithmetic, no image processing.
 *
 * <pre>{@code
 * VisionSummary summary = VisionSummarizer.defaults().summarize(observations);
 * summary.observations().forEach(System.out::println); // "In frame 96% of the time." ...
 * }</pre>
 *
 * <p>Thread-safe and immutable.
 */
public final class VisionSummarizer {

    /** The head movement (fraction of the frame width) below which the head is called steady. */
    public static final double STEADY_HEAD = 0.05;

    /** The share of time too dark or out of focus above which a warning is given. */
    public static final double QUALITY_WARNING_SHARE = 0.2;

    private static final int MAX_BUCKETS = 60;
    private static final VisionSummarizer DEFAULTS = new VisionSummarizer(null);

    private final Duration bucketWidth;

    private VisionSummarizer(Duration bucketWidth) {
        this.bucketWidth = bucketWidth;
    }

    /** A summarizer whose timeline has at most 60 buckets of whole seconds. */
    public static VisionSummarizer defaults() {
        return DEFAULTS;
    }

    /** A summarizer whose timeline buckets are {@code bucketWidth} long. */
    public static VisionSummarizer withBucketWidth(Duration bucketWidth) {
        Objects.requireNonNull(bucketWidth, "bucketWidth");
        if (bucketWidth.isNegative() || bucketWidth.isZero()) {
            throw new IllegalArgumentException("bucketWidth must be positive, got " + bucketWidth);
        }
        return new VisionSummarizer(bucketWidth);
    }

    /** Summarises observations given in any order; they are sorted by timestamp. */
    public VisionSummary summarize(List<FrameObservation> observations) {
        Objects.requireNonNull(observations, "observations");
        if (observations.isEmpty()) {
            return new VisionSummary(
                    0,
                    Duration.ZERO,
                    0,
                    0,
                    0,
                    0,
                    0,
                    0,
                    null,
                    Duration.ZERO,
                    0,
                    List.of(),
                    List.of("No frames were analysed."),
                    List.of());
        }
        List<FrameObservation> frames = new ArrayList<>(observations);
        frames.sort(Comparator.comparing(FrameObservation::timestamp));
        double[] weights = weights(frames);
        double total = Arrays.stream(weights).sum();

        double inFrame = share(frames, weights, total, FrameObservation::inFrame);
        double looking = share(frames, weights, total, FrameObservation::lookingAtCamera);
        double smile = share(frames, weights, total, FrameObservation::smile);
        double multiple = share(frames, weights, total, frame -> frame.faceCount() > 1);
        double dark = share(frames, weights, total, FrameObservation::tooDark);
        double blur = share(frames, weights, total, FrameObservation::blur);
        double brightness = 0;
        for (int i = 0; i < frames.size(); i++) {
            brightness += frames.get(i).brightness() * weights[i] / total;
        }
        Double headMovement = headMovement(frames);
        Duration longestAbsence = longestAbsence(frames, weights);
        Duration span = span(frames, weights);
        Duration firstMultiple = frames.stream()
                .filter(frame -> frame.faceCount() > 1)
                .map(FrameObservation::timestamp)
                .findFirst()
                .orElse(null);

        return new VisionSummary(
                frames.size(),
                span,
                inFrame,
                looking,
                smile,
                multiple,
                dark,
                blur,
                headMovement,
                longestAbsence,
                brightness,
                timeline(frames),
                sentences(frames.size(), span, inFrame, looking, smile, headMovement, longestAbsence),
                warnings(inFrame, multiple, firstMultiple, dark, blur));
    }

    /**
     * Seconds each frame stands for: the gap to the next frame, the median gap for the last one. A lone frame, or
     * frames all taken at the same instant, weigh one each.
     */
    private static double[] weights(List<FrameObservation> frames) {
        int n = frames.size();
        double[] weights = new double[n];
        if (n == 1) {
            weights[0] = 1;
            return weights;
        }
        double[] gaps = new double[n - 1];
        for (int i = 0; i < n - 1; i++) {
            gaps[i] = seconds(frames.get(i + 1).timestamp().minus(frames.get(i).timestamp()));
            weights[i] = gaps[i];
        }
        double[] sorted = gaps.clone();
        Arrays.sort(sorted);
        weights[n - 1] = sorted[sorted.length / 2];
        if (Arrays.stream(weights).sum() <= 0) {
            Arrays.fill(weights, 1);
        }
        return weights;
    }

    private static Duration span(List<FrameObservation> frames, double[] weights) {
        if (frames.size() == 1) {
            return Duration.ZERO;
        }
        Duration first = frames.get(0).timestamp();
        Duration last = frames.get(frames.size() - 1).timestamp();
        if (first.equals(last)) {
            return Duration.ZERO;
        }
        return last.minus(first).plus(duration(weights[weights.length - 1]));
    }

    private interface FramePredicate {
        boolean test(FrameObservation frame);
    }

    private static double share(List<FrameObservation> frames, double[] weights, double total, FramePredicate test) {
        double sum = 0;
        for (int i = 0; i < frames.size(); i++) {
            if (test.test(frames.get(i))) {
                sum += weights[i];
            }
        }
        return sum / total;
    }

    /** Root mean square distance of the main face's centre from its mean, in frame widths. */
    private static Double headMovement(List<FrameObservation> frames) {
        List<double[]> centres = new ArrayList<>();
        for (FrameObservation frame : frames) {
            frame.mainFace()
                    .ifPresent(face -> centres.add(new double[] {
                        face.box().centreX() / frame.width(), face.box().centreY() / frame.width()
                    }));
        }
        if (centres.size() < 2) {
            return null;
        }
        double meanX = centres.stream().mapToDouble(c -> c[0]).average().orElseThrow();
        double meanY = centres.stream().mapToDouble(c -> c[1]).average().orElseThrow();
        double squares = centres.stream()
                .mapToDouble(c -> (c[0] - meanX) * (c[0] - meanX) + (c[1] - meanY) * (c[1] - meanY))
                .sum();
        return Math.sqrt(squares / centres.size());
    }

    private static Duration longestAbsence(List<FrameObservation> frames, double[] weights) {
        double longest = 0;
        double current = 0;
        for (int i = 0; i < frames.size(); i++) {
            current = frames.get(i).inFrame() ? 0 : current + weights[i];
            longest = Math.max(longest, current);
        }
        return frames.size() == 1 ? Duration.ZERO : duration(longest);
    }

    private List<VisionBucket> timeline(List<FrameObservation> frames) {
        Duration width = bucketWidth != null ? bucketWidth : autoWidth(frames);
        TreeMap<Long, List<FrameObservation>> buckets = new TreeMap<>();
        for (FrameObservation frame : frames) {
            long index = frame.timestamp().toNanos() / width.toNanos();
            buckets.computeIfAbsent(index, key -> new ArrayList<>()).add(frame);
        }
        List<VisionBucket> timeline = new ArrayList<>(buckets.size());
        buckets.forEach((index, members) -> timeline.add(new VisionBucket(
                width.multipliedBy(index),
                width,
                members.size(),
                fraction(members, FrameObservation::inFrame),
                fraction(members, FrameObservation::lookingAtCamera),
                fraction(members, FrameObservation::smile),
                members.stream().mapToInt(FrameObservation::faceCount).max().orElse(0),
                members.stream()
                        .mapToDouble(FrameObservation::brightness)
                        .average()
                        .orElse(0))));
        return timeline;
    }

    /** Whole seconds, wide enough that the timeline from zero to the last frame has at most 60 buckets. */
    private static Duration autoWidth(List<FrameObservation> frames) {
        Duration end = frames.get(frames.size() - 1).timestamp();
        long seconds = Math.max(1, (long) Math.ceil(seconds(end) / MAX_BUCKETS));
        return Duration.ofSeconds(seconds);
    }

    private static double fraction(List<FrameObservation> frames, FramePredicate test) {
        return frames.stream().filter(test::test).count() / (double) frames.size();
    }

    private static List<String> sentences(
            int frames,
            Duration span,
            double inFrame,
            double looking,
            double smile,
            Double headMovement,
            Duration longestAbsence) {
        List<String> sentences = new ArrayList<>();
        sentences.add(
                frames == 1 ? "Analysed 1 frame." : "Analysed " + frames + " frames over " + formatSeconds(span) + ".");
        sentences.add("In frame " + percent(inFrame) + " of the time.");
        if (inFrame > 0) {
            sentences.add("Looked at the camera (face frontal and centred) " + percent(looking) + " of the time.");
            sentences.add("A smile was visible " + percent(smile) + " of the time.");
        }
        if (headMovement != null) {
            sentences.add(
                    headMovement < STEADY_HEAD
                            ? "Head was steady: the face centre moved " + percent(headMovement)
                                    + " of the frame width on average."
                            : "Head moved: the face centre moved " + percent(headMovement)
                                    + " of the frame width on average.");
        }
        if (!longestAbsence.isZero()) {
            sentences.add("Longest time out of frame: " + formatSeconds(longestAbsence) + ".");
        }
        return sentences;
    }

    private static List<String> warnings(
            double inFrame, double multiple, Duration firstMultiple, double dark, double blur) {
        List<String> warnings = new ArrayList<>();
        if (inFrame == 0) {
            warnings.add("No face was found in any frame: check that the camera points at you and the room is lit.");
        }
        if (multiple > 0) {
            warnings.add("More than one person was in frame " + percent(multiple) + " of the time, first at "
                    + clock(firstMultiple) + ": make sure you are alone in frame.");
        }
        if (dark >= QUALITY_WARNING_SHARE) {
            warnings.add("The picture was too dark " + percent(dark) + " of the time: add light in front of you.");
        }
        if (blur >= QUALITY_WARNING_SHARE) {
            warnings.add("The picture was out of focus " + percent(blur)
                    + " of the time: clean the lens and keep the camera still.");
        }
        return warnings;
    }

    private static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    private static String formatSeconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", seconds(duration));
    }

    private static String clock(Duration duration) {
        long seconds = duration.toSeconds();
        return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    private static Duration duration(double seconds) {
        return Duration.ofNanos(Math.round(seconds * 1e9));
    }
}
