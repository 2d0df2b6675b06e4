package dev.mocksy.speech.turn;

import dev.mocksy.speech.PcmChunks;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides, from live audio and the recogniser's text, when a spoken answer is over; patient by default.
 *
 * <p>Voice activity is an energy detector on 10 ms frames: a frame is voice when it is 12 dB over the noise floor, the
 * quietest 100 ms of the last 10 s (speech always has such dips, steady noise does not rise above it). Until 10 s of
 * audio have been seen the floor is assumed to be at most -50 dBFS, so a candidate who starts at once is heard.
 * Speech starts after 50 ms of voice and stops after 200 ms without. Not thread-safe: one thread feeds it.
 */
public final class TurnDetector {

    /** What the interviewer says at a natural pause in a long answer, so a voice can prepare it in advance. */
    public static final String BACKCHANNEL_CUE = "mhm";

    private static final double FRAME_SECONDS = 0.01;
    private static final int ONSET_FRAMES = 5;
    private static final int HANGOVER_FRAMES = 20;
    private static final double MIN_THRESHOLD_DB = -50;
    private static final double SPEECH_OVER_FLOOR_DB = 12;
    private static final double ASSUMED_FLOOR_DB = -50;
    private static final int BLOCK_FRAMES = 10;
    private static final int WINDOW_BLOCKS = 100;

    private final int frameSamples;
    private final TurnSettings settings;
    private final TurnListener listener;
    private final short[] frame;
    private int filled;
    private byte carry = 0;
    private boolean hasCarry;

    private long frames;
    private final double[] blockMinima = new double[WINDOW_BLOCKS];
    private double blockMinimum = Double.POSITIVE_INFINITY;
    private int voicedRun;
    private int silentRun;
    private boolean speaking;
    private boolean heardSpeech;
    private long speechFramesSinceCue;
    private boolean cueOffered;
    private boolean interviewerSpeaking;
    private boolean bargedIn;
    private int thinkingCount;
    private boolean thinking;
    private double thinkingSince;
    private EndOfTurn ended;

    public TurnDetector(int sampleRate, TurnSettings settings, TurnListener listener) {
        if (sampleRate < 8000 || sampleRate > 48000) {
            throw new IllegalArgumentException("sampleRate must be 8000-48000 Hz, got " + sampleRate);
        }
        this.frameSamples = (int) Math.round(sampleRate * FRAME_SECONDS);
        this.settings = Objects.requireNonNull(settings, "settings");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.frame = new short[frameSamples];
    }

    /**
     * Feeds 16-bit little-endian mono PCM; ignored once the turn has ended.
     *
     * @throws IllegalArgumentException when the range lies outside the array or holds half a sample
     */
    public void accept(byte[] pcm, int offset, int length) {
        PcmChunks.check(pcm, offset, length);
        for (int i = offset; i < offset + length && ended == null; i++) {
            if (!hasCarry) {
                carry = pcm[i];
                hasCarry = true;
                continue;
            }
            hasCarry = false;
            frame[filled++] = (short) ((carry & 0xFF) | (pcm[i] << 8));
            if (filled == frameSamples) {
                filled = 0;
                onFrame(level(frame));
            }
        }
    }

    /**
     * The recogniser's text of the answer so far; a new "let me think" or similar phrase in it extends the wait.
     * Counts only grow, so a partial result that flickers does not extend twice.
     */
    public void noteText(String textSoFar) {
        if (ended != null || textSoFar == null) {
            return;
        }
        String text = " " + textSoFar.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}' ]+", " ") + " ";
        int count = 0;
        String latest = null;
        int latestAt = -1;
        for (String phrase : settings.thinkingPhrases()) {
            for (int at = text.indexOf(" " + phrase + " "); at >= 0; at = text.indexOf(" " + phrase + " ", at + 1)) {
                count++;
                if (at > latestAt) {
                    latestAt = at;
                    latest = phrase;
                }
            }
        }
        if (count > thinkingCount) {
            thinkingCount = count;
            thinking = true;
            thinkingSince = seconds();
            listener.thinkingNoticed(latest, settings.thinkingSilence(), seconds());
        }
    }

    /** Whether the interviewer's audio is playing; speech meanwhile is a barge-in. */
    public void interviewerSpeaking(boolean playing) {
        this.interviewerSpeaking = playing;
        if (!playing) {
            bargedIn = false;
        }
    }

    /** Why the turn ended, once it has. */
    public Optional<EndOfTurn> ended() {
        return Optional.ofNullable(ended);
    }

    /** Audio time fed so far, in seconds. */
    public double seconds() {
        return frames * FRAME_SECONDS;
    }

    /** Whether the candidate is speaking now. */
    public boolean speaking() {
        return speaking;
    }

    private void onFrame(double level) {
        frames++;
        blockMinimum = Math.min(blockMinimum, level);
        double threshold = Math.max(noiseFloor() + SPEECH_OVER_FLOOR_DB, MIN_THRESHOLD_DB);
        boolean voiced = level > threshold;
        if (frames % BLOCK_FRAMES == 0) {
            blockMinima[(int) ((frames / BLOCK_FRAMES) % WINDOW_BLOCKS)] = blockMinimum;
            blockMinimum = Double.POSITIVE_INFINITY;
        }
        if (voiced) {
            voicedRun++;
            silentRun = 0;
        } else {
            silentRun++;
            voicedRun = 0;
        }
        if (!speaking && voicedRun >= ONSET_FRAMES) {
            speaking = true;
            double onset = seconds() - ONSET_FRAMES * FRAME_SECONDS;
            if (!heardSpeech) {
                heardSpeech = true;
                listener.speechStarted(onset);
            }
            if (thinking && onset > thinkingSince) {
                thinking = false; // speaking again after asking for time: normal patience from here on
            }
        } else if (speaking && silentRun >= HANGOVER_FRAMES) {
            speaking = false;
            cueOffered = false;
        }
        if (speaking) {
            speechFramesSinceCue++;
        }
        checkBargeIn();
        checkBackchannel();
        checkEnd();
    }

    /** The quietest 100 ms block of the last 10 s, at most the assumed floor until 10 s have been seen. */
    private double noiseFloor() {
        long blocks = frames / BLOCK_FRAMES;
        double floor = blockMinimum;
        for (int i = 0; i < Math.min(blocks, WINDOW_BLOCKS); i++) {
            floor = Math.min(floor, blockMinima[i]);
        }
        return blocks < WINDOW_BLOCKS ? Math.min(floor, ASSUMED_FLOOR_DB) : floor;
    }

    private void checkBargeIn() {
        if (interviewerSpeaking
                && !bargedIn
                && voicedRun * FRAME_SECONDS * 1000 >= settings.bargeIn().toMillis()) {
            bargedIn = true;
            listener.bargeIn(seconds());
        }
    }

    private void checkBackchannel() {
        boolean longAnswer = speechFramesSinceCue * FRAME_SECONDS >= millis(settings.backchannelAfter()) / 1000;
        boolean naturalPause = !speaking
                && silentRun * FRAME_SECONDS * 1000
                        >= settings.backchannelPause().toMillis();
        if (heardSpeech && longAnswer && naturalPause && !cueOffered && !thinking && !interviewerSpeaking) {
            cueOffered = true;
            speechFramesSinceCue = 0;
            listener.backchannel(BACKCHANNEL_CUE, seconds());
        }
    }

    private void checkEnd() {
        double now = seconds();
        double silence = silentRun * FRAME_SECONDS;
        Duration patience = thinking ? settings.thinkingSilence() : settings.endOfTurnSilence();
        if (now * 1000 >= settings.maxAnswer().toMillis()) {
            end(EndOfTurn.MAX_DURATION);
        } else if (!heardSpeech && now * 1000 >= settings.noSpeechTimeout().toMillis()) {
            end(EndOfTurn.NO_SPEECH);
        } else if (heardSpeech && silence * 1000 >= patience.toMillis()) {
            end(EndOfTurn.SILENCE);
        }
    }

    private void end(EndOfTurn reason) {
        ended = reason;
        listener.turnEnded(reason, seconds());
    }

    private static double millis(Duration duration) {
        return duration.toMillis();
    }

    private static double level(short[] samples) {
        double sum = 0;
        for (short sample : samples) {
            double value = sample / 32768.0;
            sum += value * value;
        }
        double rms = Math.sqrt(sum / samples.length);
        return rms <= 1e-5 ? -100 : 20 * Math.log10(rms);
    }
}
