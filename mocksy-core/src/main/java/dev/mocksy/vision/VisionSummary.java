package dev.mocksy.vision;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What was seen over an answer or a session: shares of time, steadiness, absences, a time series and plain sentences.
 *
 * <p>Shares run from 0 to 1 and are weighted by time: each frame stands for the time until the next one (the last
 * for the median gap), so irregular browser snapshots count fairly. Built by {@link VisionSummarizer}.
 *
 * @param frames how many frames were analysed
 * @param span the time the frames cover
 * @param inFrameShare share of time a face was in frame
 * @param lookingAtCameraShare the eye-contact proxy: share of time the main face was frontal and centred
 * @param smileShare share of time the main face smiled
 * @param multiplePeopleShare share of time more than one face was in frame
 * @param tooDarkShare share of time the picture was too dark
 * @param blurShare share of time the picture was out of focus
 * @param headMovement how much the face centre moved: the root mean square distance from its mean position, as a
 *     fraction of the frame width; {@code null} with fewer than two frames showing a face
 * @param longestAbsence the longest stretch without a face in frame
 * @param meanBrightness the mean grey level over all frames, 0 to 255
 * @param timeline the time series for charts
 * @param observations the facts in plain words, e.g. "Looked at the camera 72% of the time."
 * @param warnings what should be fixed, e.g. more than one person in frame
 */
public record VisionSummary(
        int frames,
        Duration span,
        double inFrameShare,
        double lookingAtCameraShare,
        double smileShare,
        double multiplePeopleShare,
        double tooDarkShare,
        double blurShare,
        Double headMovement,
        Duration longestAbsence,
        double meanBrightness,
        List<VisionBucket> timeline,
        List<String> observations,
        List<String> warnings) {

    public VisionSummary {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(longestAbsence, "longestAbsence");
        timeline = List.copyOf(Objects.requireNonNull(timeline, "timeline"));
        observations = List.copyOf(Objects.requireNonNull(observations, "observations"));
        warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings"));
        if (frames < 0) {
            throw new IllegalArgumentException("frames must not be negative, got " + frames);
        }
    }

    /** Summarises {@code observations} with the default timeline resolution. */
    public static VisionSummary of(List<FrameObservation> observations) {
        return VisionSummarizer.defaults().summarize(observations);
    }

    /** A builder for {@link VisionSummary}; every field is checked when {@link Builder#build()} runs. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link VisionSummary}. */
    public static final class Builder {
        private int frames;
        private Duration span;
        private double inFrameShare;
        private double lookingAtCameraShare;
        private double smileShare;
        private double multiplePeopleShare;
        private double tooDarkShare;
        private double blurShare;
        private Double headMovement;
        private Duration longestAbsence;
        private double meanBrightness;
        private List<VisionBucket> timeline = List.of();
        private List<String> observations = List.of();
        private List<String> warnings = List.of();

        private Builder() {}

        private Builder(VisionSummary source) {
            frames = source.frames;
            span = source.span;
            inFrameShare = source.inFrameShare;
            lookingAtCameraShare = source.lookingAtCameraShare;
            smileShare = source.smileShare;
            multiplePeopleShare = source.multiplePeopleShare;
            tooDarkShare = source.tooDarkShare;
            blurShare = source.blurShare;
            headMovement = source.headMovement;
            longestAbsence = source.longestAbsence;
            meanBrightness = source.meanBrightness;
            timeline = source.timeline;
            observations = source.observations;
            warnings = source.warnings;
        }

        public Builder frames(int frames) {
            this.frames = frames;
            return this;
        }

        public Builder span(Duration span) {
            this.span = span;
            return this;
        }

        public Builder inFrameShare(double inFrameShare) {
            this.inFrameShare = inFrameShare;
            return this;
        }

        public Builder lookingAtCameraShare(double lookingAtCameraShare) {
            this.lookingAtCameraShare = lookingAtCameraShare;
            return this;
        }

        public Builder smileShare(double smileShare) {
            this.smileShare = smileShare;
            return this;
        }

        public Builder multiplePeopleShare(double multiplePeopleShare) {
            this.multiplePeopleShare = multiplePeopleShare;
            return this;
        }

        public Builder tooDarkShare(double tooDarkShare) {
            this.tooDarkShare = tooDarkShare;
            return this;
        }

        public Builder blurShare(double blurShare) {
            this.blurShare = blurShare;
            return this;
        }

        public Builder headMovement(Double headMovement) {
            this.headMovement = headMovement;
            return this;
        }

        public Builder longestAbsence(Duration longestAbsence) {
            this.longestAbsence = longestAbsence;
            return this;
        }

        public Builder meanBrightness(double meanBrightness) {
            this.meanBrightness = meanBrightness;
            return this;
        }

        public Builder timeline(List<VisionBucket> timeline) {
            this.timeline = timeline;
            return this;
        }

        public Builder observations(List<String> observations) {
            this.observations = observations;
            return this;
        }

        public Builder warnings(List<String> warnings) {
            this.warnings = warnings;
            return this;
        }

        /**
         * Builds the value.
         *
         * @throws IllegalArgumentException or {@link NullPointerException} naming the field that is missing or
         *     out of range
         */
        public VisionSummary build() {
            return new VisionSummary(
                    frames,
                    span,
                    inFrameShare,
                    lookingAtCameraShare,
                    smileShare,
                    multiplePeopleShare,
                    tooDarkShare,
                    blurShare,
                    headMovement,
                    longestAbsence,
                    meanBrightness,
                    timeline,
                    observations,
                    warnings);
        }
    }
}
