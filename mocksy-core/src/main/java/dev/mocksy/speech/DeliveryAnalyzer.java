package dev.mocksy.speech;

/** Measures how an answer was delivered from its audio and transcript. */
public interface DeliveryAnalyzer {

    /** Measures the delivery of one spoken answer. */
    DeliveryMetrics analyze(AudioClip audio, Transcript transcript);
}
