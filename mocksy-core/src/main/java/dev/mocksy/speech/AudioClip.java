package dev.mocksy.speech;

import java.util.Arrays;

/**
 * Mono or interleaved 16-bit little-endian PCM audio.
 *
 * @param pcm the samples, 2 bytes each
 * @param sampleRate samples per second per channel, e.g. 16000
 * @param channels 1 for mono, 2 for stereo
 */
public record AudioClip(byte[] pcm, int sampleRate, int channels) {

    public AudioClip {
        if (pcm == null || pcm.length % (2 * Math.max(1, channels)) != 0) {
            throw new IllegalArgumentException("pcm must hold whole 16-bit frames");
        }
        if (sampleRate < 8000 || sampleRate > 48000) {
            throw new IllegalArgumentException("sampleRate must be 8000-48000 Hz, got " + sampleRate);
        }
        if (channels < 1 || channels > 2) {
            throw new IllegalArgumentException("channels must be 1 or 2, got " + channels);
        }
        pcm = pcm.clone();
    }

    @Override
    public byte[] pcm() {
        return pcm.clone();
    }

    /** The clip's length in seconds. */
    public double durationSeconds() {
        return pcm.length / (2.0 * channels * sampleRate);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AudioClip clip
                && clip.sampleRate == sampleRate
                && clip.channels == channels
                && Arrays.equals(clip.pcm, pcm);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(pcm) + sampleRate) + channels;
    }

    @Override
    public String toString() {
        return "AudioClip[" + durationSeconds() + " s, " + sampleRate + " Hz, " + channels + " ch]";
    }
}
