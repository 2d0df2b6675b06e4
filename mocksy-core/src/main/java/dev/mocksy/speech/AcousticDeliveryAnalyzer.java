package dev.mocksy.speech;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Measures delivery from the audio's energy and pitch and the transcript's word timings; offline, no model needed.
 *
 * <p>Speaking rate counts recognised words from the first to the last word; articulation rate removes silent pauses
 * (runs under the adaptive voice threshold of at least {@link Settings#pauseSeconds()}). Fillers come from the
 * transcript and from short voiced, pitched sounds between words that the recogniser did not turn into a word
 * (small models drop "um" or write it as a lone "the"). Pitch is tracked with YIN; loudness variability is the spread
 * of frame levels while speaking. Thread-safe and stateless.
 */
public final class AcousticDeliveryAnalyzer implements DeliveryAnalyzer {

    /** Guidance: an easy-to-follow pace for interview answers. */
    public static final double PACE_LOW = 130;

    public static final double PACE_HIGH = 170;

    /** Guidance: fillers above this share of words start to distract. */
    public static final double FILLER_RATIO_LIMIT = 0.04;

    /** Words a small recogniser writes for a lone "um" or "uh". */
    private static final Set<String> FILLER_STAND_INS = Set.of("the", "a", "uh", "um");

    private final Settings settings;

    /** With the default settings: pauses from 250 ms, long pauses from 2 s. */
    public AcousticDeliveryAnalyzer() {
        this(Settings.DEFAULTS);
    }

    public AcousticDeliveryAnalyzer(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Thresholds of the analysis.
     *
     * @param pauseSeconds the shortest silence that counts as a pause (250 ms is common in speech research)
     * @param longPauseSeconds the shortest pause that counts as long
     * @param minFillerSeconds the shortest voiced gap that may be a dropped filler
     * @param maxFillerSeconds the longest voiced gap that may be a dropped filler
     */
    public record Settings(
            double pauseSeconds, double longPauseSeconds, double minFillerSeconds, double maxFillerSeconds) {

        public static final Settings DEFAULTS = new Settings(0.25, 2.0, 0.15, 1.2);

        public Settings {
            if (!(pauseSeconds > 0) || !(longPauseSeconds >= pauseSeconds)) {
                throw new IllegalArgumentException("need 0 < pauseSeconds <= longPauseSeconds");
            }
            if (!(minFillerSeconds > 0) || !(maxFillerSeconds > minFillerSeconds)) {
                throw new IllegalArgumentException("need 0 < minFillerSeconds < maxFillerSeconds");
            }
        }
    }

    @Override
    public DeliveryMetrics analyze(DeliveryRequest request) {
        AudioClip clip = AudioConverter.forRecognizer(request.audio());
        AcousticFeatures features = new AcousticFeatures();
        features.accept(AudioConverter.samples(clip.pcm()));
        return measure(features, request.transcript(), request.questionEndSeconds(), request.context());
    }

    /** A meter that keeps only frame levels and pitches, not the audio: an hour costs a few megabytes. */
    @Override
    public DeliveryMeter openMeter(int sampleRate) {
        return new StreamingMeter(sampleRate);
    }

    private final class StreamingMeter implements DeliveryMeter {
        private final int sampleRate;
        private final StreamingResampler resampler;
        private final AcousticFeatures features = new AcousticFeatures();
        private boolean finished;

        StreamingMeter(int sampleRate) {
            this.resampler = new StreamingResampler(sampleRate, AcousticFeatures.RATE);
            this.sampleRate = sampleRate;
        }

        @Override
        public int sampleRate() {
            return sampleRate;
        }

        @Override
        public void accept(byte[] pcm, int offset, int length) {
            requireOpen();
            PcmChunks.check(pcm, offset, length);
            short[] chunk = new short[length / 2];
            java.nio.ByteBuffer.wrap(pcm, offset, length)
                    .order(java.nio.ByteOrder.LITTLE_ENDIAN)
                    .asShortBuffer()
                    .get(chunk);
            features.accept(resampler.accept(chunk));
        }

        @Override
        public DeliveryMetrics finish(Transcript transcript, double questionEndSeconds, DeliveryContext context) {
            requireOpen();
            finished = true;
            features.accept(resampler.finish());
            // The same checks as a whole-clip request, with the same messages.
            DeliveryRequest checked = new DeliveryRequest(
                    new AudioClip(new byte[0], AcousticFeatures.RATE, 1), transcript, questionEndSeconds, context);
            return measure(features, checked.transcript(), checked.questionEndSeconds(), checked.context());
        }

        private void requireOpen() {
            if (finished) {
                throw new IllegalStateException("the meter is finished; open a new one");
            }
        }
    }

    private DeliveryMetrics measure(
            AcousticFeatures features, Transcript transcript, double questionEndSeconds, DeliveryContext context) {
        FrameLevels levels = features.levels();
        List<Interval> voice = levels.speech(0.03, 0.03);
        List<TranscribedWord> timed = transcript.words();
        List<String> words = timed.isEmpty()
                ? WordErrorRate.normalise(transcript.text())
                : timed.stream().map(w -> w.word().toLowerCase(Locale.ROOT)).toList();

        Interval span = span(timed, voice);
        List<Interval> pauses = span == null ? List.of() : pauses(voice, span);
        double pauseTotal = pauses.stream().mapToDouble(Interval::duration).sum();
        double spanSeconds = span == null ? 0 : span.duration();
        double speaking = Math.max(0, spanSeconds - pauseTotal);

        Map<String, Integer> written = FillerWordCounter.count(words, pausesBefore(timed, words.size(), voice));
        int fromTranscript =
                written.values().stream().mapToInt(Integer::intValue).sum();
        int fromGaps = timed.isEmpty() ? 0 : droppedFillers(timed, voice, features);
        int lone = timed.isEmpty() ? 0 : loneStandIns(timed, voice);
        int fillerCount = fromTranscript + fromGaps + lone;
        int allWords = words.size() + fromGaps;
        DeliveryMetrics.FillerWords fillers = new DeliveryMetrics.FillerWords(
                fillerCount,
                fromTranscript,
                fromGaps + lone,
                allWords == 0 ? 0 : (double) fillerCount / allWords,
                written);

        double wpm = spanSeconds > 0 ? words.size() / spanSeconds * 60 : 0;
        double articulation = speaking > 0 ? words.size() / speaking * 60 : 0;
        Double latency = span == null ? null : Math.max(0, span.start() - questionEndSeconds);
        DeliveryMetrics.Pauses pauseMetrics = new DeliveryMetrics.Pauses(
                pauses.size(),
                pauseTotal,
                pauses.stream().mapToDouble(Interval::duration).max().orElse(0),
                (int) pauses.stream()
                        .filter(p -> p.duration() >= settings.longPauseSeconds())
                        .count(),
                pauses);

        boolean voiceTraits = context != DeliveryContext.ASSESSMENT && span != null;
        List<Interval> speechInSpan = span == null ? List.of() : clip(voice, span);
        DeliveryMetrics.Pitch pitch = voiceTraits ? pitch(features.pitches(speechInSpan)) : null;
        DeliveryMetrics.Loudness loudness =
                voiceTraits ? new DeliveryMetrics.Loudness(levels.variability(speechInSpan)) : null;

        List<String> guidance = guidance(words.size(), wpm, fillers, pauseMetrics, latency);
        String label = context == DeliveryContext.PRACTICE && span != null
                ? label(wpm, fillers, pauseMetrics, spanSeconds, pitch)
                : null;
        return new DeliveryMetrics(
                features.durationSeconds(),
                speaking,
                words.size(),
                wpm,
                articulation,
                pauseMetrics,
                fillers,
                latency,
                pitch,
                loudness,
                guidance,
                label);
    }

    /** From the first to the last word, or to the last voiced sound when the recogniser gave no timings. */
    private static Interval span(List<TranscribedWord> timed, List<Interval> voice) {
        if (!timed.isEmpty()) {
            double start = timed.get(0).start();
            double end = timed.get(timed.size() - 1).end();
            // Snap to the audio: recogniser boundaries are coarse (30 ms frames) and often clip the first onset.
            for (Interval v : voice) {
                if (v.end() >= start && v.start() <= start + 0.1) {
                    start = Math.min(start, v.start());
                    break;
                }
            }
            return new Interval(start, Math.max(start, end));
        }
        if (voice.isEmpty()) {
            return null;
        }
        return new Interval(voice.get(0).start(), voice.get(voice.size() - 1).end());
    }

    private List<Interval> pauses(List<Interval> voice, Interval span) {
        List<Interval> pauses = new ArrayList<>();
        double cursor = span.start();
        for (Interval v : voice) {
            if (v.end() <= span.start()) {
                continue;
            }
            if (v.start() >= span.end()) {
                break;
            }
            if (v.start() - cursor >= settings.pauseSeconds()) {
                pauses.add(new Interval(cursor, v.start()));
            }
            cursor = Math.max(cursor, v.end());
        }
        if (span.end() - cursor >= settings.pauseSeconds()) {
            pauses.add(new Interval(cursor, span.end()));
        }
        return pauses;
    }

    private static List<Interval> clip(List<Interval> voice, Interval span) {
        List<Interval> inside = new ArrayList<>();
        for (Interval v : voice) {
            double start = Math.max(v.start(), span.start());
            double end = Math.min(v.end(), span.end());
            if (end > start) {
                inside.add(new Interval(start, end));
            }
        }
        return inside;
    }

    /** The silence before each word: measured in the audio between it and the previous word, infinity for the first. */
    private static double[] pausesBefore(List<TranscribedWord> timed, int count, List<Interval> voice) {
        double[] before = new double[count];
        for (int i = 0; i < count; i++) {
            if (i == 0) {
                before[i] = Double.POSITIVE_INFINITY;
            } else if (!timed.isEmpty()) {
                Interval gap = new Interval(
                        timed.get(i - 1).end(),
                        Math.max(timed.get(i - 1).end(), timed.get(i).start()));
                double voiced = voice.stream().mapToDouble(v -> v.overlap(gap)).sum();
                before[i] = gap.duration() - voiced;
            }
        }
        return before;
    }

    /** Voiced, pitched sounds between words that no word covers: fillers the recogniser dropped. */
    private int droppedFillers(List<TranscribedWord> timed, List<Interval> voice, AcousticFeatures features) {
        int count = 0;
        double first = timed.get(0).start();
        double last = timed.get(timed.size() - 1).end();
        for (Interval v : voice) {
            if (v.end() <= first || v.start() >= last) {
                continue;
            }
            if (v.duration() < settings.minFillerSeconds() || v.duration() > settings.maxFillerSeconds()) {
                continue;
            }
            double covered = 0;
            for (TranscribedWord word : timed) {
                covered += v.overlap(new Interval(Math.max(0, word.start() - 0.05), word.end() + 0.05));
            }
            if (covered < 0.3 * v.duration() && isPitched(features, v)) {
                count++;
            }
        }
        return count;
    }

    /** A lone "the" or "a" between two pauses is how a small recogniser writes "um"; nobody says it on its own. */
    private int loneStandIns(List<TranscribedWord> timed, List<Interval> voice) {
        int count = 0;
        for (int i = 0; i < timed.size(); i++) {
            TranscribedWord word = timed.get(i);
            if (!FILLER_STAND_INS.contains(word.word().toLowerCase(Locale.ROOT)) || word.duration() > 0.8) {
                continue;
            }
            if (FillerWordCounter.ALWAYS.contains(word.word().toLowerCase(Locale.ROOT))) {
                continue; // already counted from the transcript
            }
            double before =
                    i == 0 ? Double.POSITIVE_INFINITY : silence(timed.get(i - 1).end(), word.start(), voice);
            double after = i + 1 == timed.size()
                    ? Double.POSITIVE_INFINITY
                    : silence(word.end(), timed.get(i + 1).start(), voice);
            if (before >= settings.pauseSeconds() && after >= settings.pauseSeconds()) {
                count++;
            }
        }
        return count;
    }

    private static double silence(double from, double to, List<Interval> voice) {
        if (to <= from) {
            return 0;
        }
        Interval gap = new Interval(from, to);
        return gap.duration() - voice.stream().mapToDouble(v -> v.overlap(gap)).sum();
    }

    private static boolean isPitched(AcousticFeatures features, Interval interval) {
        int frames = (int) Math.max(1, (interval.duration() - 0.03) / 0.02);
        return features.pitches(List.of(interval)).size() >= 0.5 * frames;
    }

    private static DeliveryMetrics.Pitch pitch(List<Double> pitches) {
        if (pitches.size() < 3) {
            return null;
        }
        double mean =
                pitches.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double[] semitones = pitches.stream()
                .mapToDouble(p -> 12 * Math.log(p / mean) / Math.log(2))
                .toArray();
        double semitoneMean = Arrays.stream(semitones).average().orElse(0);
        double variance = Arrays.stream(semitones)
                .map(s -> (s - semitoneMean) * (s - semitoneMean))
                .average()
                .orElse(0);
        return new DeliveryMetrics.Pitch(mean, Math.sqrt(variance), pitches.size());
    }

    private List<String> guidance(
            int words, double wpm, DeliveryMetrics.FillerWords fillers, DeliveryMetrics.Pauses pauses, Double latency) {
        List<String> guidance = new ArrayList<>();
        if (words == 0) {
            guidance.add("No words were recognised; check the microphone and speak a little closer to it.");
            return guidance;
        }
        if (wpm < PACE_LOW) {
            guidance.add(String.format(
                    Locale.ROOT,
                    "You spoke at %.0f words per minute; %.0f-%.0f is easy to follow. A slightly brisker pace keeps "
                            + "the listener with you.",
                    wpm,
                    PACE_LOW,
                    PACE_HIGH));
        } else if (wpm > PACE_HIGH) {
            guidance.add(String.format(
                    Locale.ROOT,
                    "You spoke at %.0f words per minute; %.0f-%.0f is easy to follow. Slow down a little so each "
                            + "point lands.",
                    wpm,
                    PACE_LOW,
                    PACE_HIGH));
        } else {
            guidance.add(String.format(
                    Locale.ROOT, "Your pace, %.0f words per minute, is in the easy-to-follow range.", wpm));
        }
        if (fillers.ratio() >= FILLER_RATIO_LIMIT) {
            guidance.add(String.format(
                    Locale.ROOT,
                    "Filler words were %.0f%% of your words (%d); under 4%% sounds more assured. A silent pause "
                            + "works better than \"um\".",
                    fillers.ratio() * 100,
                    fillers.count()));
        } else {
            guidance.add(String.format(Locale.ROOT, "Few filler words (%.0f%% of your words).", fillers.ratio() * 100));
        }
        if (pauses.longCount() > 0) {
            guidance.add(String.format(
                    Locale.ROOT,
                    "%d pause%s of %.0f s or more. Pausing to think is fine; saying \"let me think\" tells the "
                            + "interviewer you are still answering.",
                    pauses.longCount(),
                    pauses.longCount() == 1 ? "" : "s",
                    settings.longPauseSeconds()));
        }
        if (latency != null && latency > 5) {
            guidance.add(String.format(
                    Locale.ROOT,
                    "You started %.1f s after the question. Restating the question while you think is a good way "
                            + "to begin.",
                    latency));
        }
        return guidance;
    }

    /**
     * A coarse heuristic for practice only: the pace is "rushed" above 185 words per minute, "hesitant" below 110 or
     * with fillers at 6% or more or more than two long pauses a minute, else "steady"; the intonation is
     * "monotone" when the pitch varies by less than 1.5 semitones, else "varied".
     */
    private String label(
            double wpm,
            DeliveryMetrics.FillerWords fillers,
            DeliveryMetrics.Pauses pauses,
            double spanSeconds,
            DeliveryMetrics.Pitch pitch) {
        double longPausesPerMinute = spanSeconds > 0 ? pauses.longCount() / spanSeconds * 60 : 0;
        String pace = wpm > 185
                ? "rushed"
                : wpm < 110 || fillers.ratio() >= 0.06 || longPausesPerMinute > 2 ? "hesitant" : "steady";
        if (pitch == null) {
            return pace;
        }
        return pace + ", " + (pitch.variabilitySemitones() < 1.5 ? "monotone" : "varied");
    }
}
