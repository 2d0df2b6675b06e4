package dev.mocksy.report.layout;

/** The colours charts are drawn in, as 0xRRGGBB, with the opacity of fills. */
public enum Ink {
    TEXT(0x1F2933, 1),
    MUTED(0x616E7C, 1),
    GRID(0xD9E2EC, 1),
    AXIS(0x9AA5B1, 1),
    SCORE(0x2F80ED, 1),
    SCORE_FILL(0x2F80ED, 0.25),
    STRONG(0x2E7D32, 1),
    FAIR(0xE0A000, 1),
    WEAK(0xC62828, 1),
    NOT_SCORED(0xBCCCDC, 1);

    private final int rgb;
    private final double opacity;

    Ink(int rgb, double opacity) {
        this.rgb = rgb;
        this.opacity = opacity;
    }

    /** The colour as 0xRRGGBB. */
    public int rgb() {
        return rgb;
    }

    /** 1 for opaque, less for a translucent fill. */
    public double opacity() {
        return opacity;
    }

    /** The colour as a CSS hex string, e.g. {@code #2f80ed}. */
    public String hex() {
        return String.format("#%06x", rgb);
    }

    /** The ink of a 0-10 score: strong from 7, fair from 4, weak below. */
    public static Ink forScore(double score) {
        return score >= 7 ? STRONG : score >= 4 ? FAIR : WEAK;
    }
}
