package dev.mocksy.examples.cli;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;

/**
 * How well an evaluator agrees with human graders: Spearman and Pearson correlation, quadratic weighted kappa and mean
 * absolute error on the human scale, each with a seeded bootstrap 95% interval.
 *
 * @param n how many rated answers
 * @param spearman rank correlation
 * @param pearson linear correlation
 * @param kappa quadratic weighted kappa, evaluator scores mapped to the human scale and rounded
 * @param mae mean absolute error on the human scale
 */
record Agreement(int n, Interval spearman, Interval pearson, Interval kappa, Interval mae) {

    /** A value with its bootstrap 95% interval. */
    record Interval(double value, double low, double high) {}

    /**
     * The agreement of machine scores (0-10) with human scores (0-{@code humanMax}).
     *
     * @throws IllegalArgumentException with fewer than three pairs, or lengths that differ
     */
    static Agreement of(double[] human, double[] machine10, double humanMax, int resamples, long seed) {
        if (human.length != machine10.length || human.length < 3) {
            throw new IllegalArgumentException("agreement needs at least 3 rated answers, got " + human.length);
        }
        double[] machine = new double[machine10.length];
        for (int i = 0; i < machine.length; i++) {
            machine[i] = machine10[i] / 10.0 * humanMax;
        }
        int max = (int) Math.round(humanMax);
        return new Agreement(
                human.length,
                interval(human, machine, Agreement::spearman, resamples, seed),
                interval(human, machine, Agreement::pearson, resamples, seed + 1),
                interval(human, machine, (h, m) -> kappa(h, m, max), resamples, seed + 2),
                interval(human, machine, Agreement::mae, resamples, seed + 3));
    }

    static double spearman(double[] a, double[] b) {
        return constant(a) || constant(b) ? 0 : new SpearmansCorrelation().correlation(a, b);
    }

    static double pearson(double[] a, double[] b) {
        return constant(a) || constant(b) ? 0 : new PearsonsCorrelation().correlation(a, b);
    }

    static double mae(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += Math.abs(a[i] - b[i]);
        }
        return sum / a.length;
    }

    /** Quadratic weighted kappa over the integer grades 0..max (both sides rounded). */
    static double kappa(double[] a, double[] b, int max) {
        int k = max + 1;
        double[][] observed = new double[k][k];
        double[] rowTotals = new double[k];
        double[] columnTotals = new double[k];
        for (int i = 0; i < a.length; i++) {
            int x = clamp((int) Math.round(a[i]), max);
            int y = clamp((int) Math.round(b[i]), max);
            observed[x][y]++;
            rowTotals[x]++;
            columnTotals[y]++;
        }
        double n = a.length;
        double numerator = 0;
        double denominator = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double weight = (double) (i - j) * (i - j) / ((double) (k - 1) * (k - 1));
                numerator += weight * observed[i][j];
                denominator += weight * rowTotals[i] * columnTotals[j] / n;
            }
        }
        return denominator == 0 ? 1 : 1 - numerator / denominator;
    }

    private static Interval interval(
            double[] a, double[] b, BiFunction<double[], double[], Double> metric, int resamples, long seed) {
        double value = metric.apply(a, b);
        if (resamples <= 0) {
            return new Interval(value, value, value);
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] values = new double[resamples];
        double[] sa = new double[a.length];
        double[] sb = new double[b.length];
        for (int r = 0; r < resamples; r++) {
            for (int i = 0; i < a.length; i++) {
                int pick = random.nextInt(a.length);
                sa[i] = a[pick];
                sb[i] = b[pick];
            }
            values[r] = metric.apply(sa, sb);
        }
        Arrays.sort(values);
        return new Interval(value, values[(int) (0.025 * (resamples - 1))], values[(int) (0.975 * (resamples - 1))]);
    }

    private static boolean constant(double[] values) {
        for (double v : values) {
            if (v != values[0]) {
                return false;
            }
        }
        return true;
    }

    private static int clamp(int value, int max) {
        return Math.max(0, Math.min(max, value));
    }
}
