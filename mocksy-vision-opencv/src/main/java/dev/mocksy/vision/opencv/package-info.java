/** OpenCV: on-device VisionAnalyzer for webcam frames. */
package dev.mocksy.vision.opencv;
