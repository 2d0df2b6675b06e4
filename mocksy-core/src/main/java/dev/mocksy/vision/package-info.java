/**
 * Webcam observation: the {@link dev.mocksy.vision.VisionAnalyzer} SPI, frames and what was seen in them (facts,
 * never feelings), summaries, and the policy and consent that allow it.
 */
package dev.mocksy.vision;
