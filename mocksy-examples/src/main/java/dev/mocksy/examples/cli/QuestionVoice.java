package dev.mocksy.examples.cli;

import dev.mocksy.speech.AudioClip;
import dev.mocksy.speech.TextToSpeech;
import dev.mocksy.speech.WavWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Speaks each question of a terminal interview ({@code --speak}): to the speakers, sentence by sentence as it is
 * synthesized, or, on a machine without an audio output, into WAV files in a folder per session.
 */
final class QuestionVoice implements AutoCloseable {

    private final TextToSpeech voice;
    private final Path folder;
    private final PrintStream out;
    private Speakers speakers;
    private boolean noSpeakers;

    QuestionVoice(TextToSpeech voice, Path folder, PrintStream out) {
        this.voice = voice;
        this.folder = folder;
        this.out = out;
    }

    /**
     * Speaks the question; when it goes to a file, that is {@code <folder>/<sessionId>/<name>.wav}, e.g.
     * {@code question-2a.wav}.
     */
    void speak(String question, String sessionId, String name) {
        ByteArrayOutputStream pcm = new ByteArrayOutputStream();
        int[] rate = {0};
        voice.synthesize(question, clip -> {
            rate[0] = clip.sampleRate();
            if (speakersFor(clip.sampleRate())) {
                speakers.play(clip);
            } else {
                pcm.writeBytes(clip.pcm());
            }
        });
        if (speakers != null) {
            speakers.drain(); // the candidate hears the whole question before answering
            return;
        }
        Path file = folder.resolve(sessionId).resolve(name + ".wav");
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + file.getParent(), e);
        }
        WavWriter.write(new AudioClip(pcm.toByteArray(), rate[0], 1), file);
        out.println("(spoken into " + file + ")");
    }

    /** Opens the speakers on the first clip; once none are found, questions go to files for the whole interview. */
    private boolean speakersFor(int sampleRate) {
        if (speakers == null && !noSpeakers) {
            speakers = Speakers.open(sampleRate).orElse(null);
            if (speakers == null) {
                noSpeakers = true;
                out.println("No audio output here: the questions are spoken into WAV files under " + folder);
            }
        }
        return speakers != null;
    }

    @Override
    public void close() {
        if (speakers != null) {
            speakers.close();
        }
    }
}
