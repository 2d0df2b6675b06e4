package dev.mocksy.examples.web.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Request latencies by route: the whole request as the candidate saw it, and the part Mocksy added (the whole minus
 * the language model's own measured time inside it). Thread-safe.
 */
final class Latencies {

    /** One route's samples, in nanoseconds. */
    private static final class Samples {
        final List<Long> total = new ArrayList<>();
        final List<Long> added = new ArrayList<>();
        final List<Long> model = new ArrayList<>();
        final List<Long> endedAt = new ArrayList<>();
    }

    private final Map<String, Samples> byRoute = new TreeMap<>();

    synchronized void record(String route, long totalNanos, long modelNanos) {
        Samples samples = byRoute.computeIfAbsent(route, r -> new Samples());
        samples.total.add(totalNanos);
        samples.model.add(modelNanos);
        samples.added.add(totalNanos - modelNanos);
        samples.endedAt.add(System.nanoTime());
    }

    /**
     * The added latency of these routes in windows of {@code seconds} from the first request on: whether the slow
     * requests cluster (a cold start, a pause) or spread evenly.
     */
    synchronized String timeline(List<String> routes, int seconds) {
        long first = Long.MAX_VALUE;
        for (String route : routes) {
            Samples samples = byRoute.get(route);
            if (samples != null) {
                for (long at : samples.endedAt) {
                    first = Math.min(first, at);
                }
            }
        }
        Map<Long, List<Long>> windows = new TreeMap<>();
        for (String route : routes) {
            Samples samples = byRoute.get(route);
            for (int i = 0; samples != null && i < samples.endedAt.size(); i++) {
                long window = (samples.endedAt.get(i) - first) / (seconds * 1_000_000_000L);
                windows.computeIfAbsent(window, w -> new ArrayList<>()).add(samples.added.get(i));
            }
        }
        StringBuilder out = new StringBuilder("| seconds | requests | added p50 | added p99 | added max |\n");
        out.append("| --- | --- | --- | --- | --- |\n");
        windows.forEach((window, added) -> {
            long[] sorted = sorted(added);
            out.append(String.format(
                    Locale.ROOT,
                    "| %d-%d | %d | %s | %s | %s |%n",
                    window * seconds,
                    (window + 1) * seconds,
                    sorted.length,
                    ms(percentile(sorted, 50)),
                    ms(percentile(sorted, 99)),
                    ms(sorted[sorted.length - 1])));
        });
        return out.toString();
    }

    /** The added latency of every request on these routes, pooled. */
    synchronized long[] added(List<String> routes) {
        return routes.stream()
                .filter(byRoute::containsKey)
                .flatMap(route -> byRoute.get(route).added.stream())
                .mapToLong(Long::longValue)
                .sorted()
                .toArray();
    }

    synchronized long count(List<String> routes) {
        return routes.stream()
                .filter(byRoute::containsKey)
                .mapToLong(route -> byRoute.get(route).total.size())
                .sum();
    }

    /** A Markdown table: per route, count, whole-request and added percentiles. */
    synchronized String table() {
        StringBuilder out = new StringBuilder();
        out.append("| route | requests | model time p50 | total p50 | total p99 | added p50 | added p90 | added p99 |"
                + " added max |\n");
        out.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
        byRoute.forEach((route, samples) -> {
            long[] total = sorted(samples.total);
            long[] added = sorted(samples.added);
            long[] model = sorted(samples.model);
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %s | %s | %s | %s | %s | %s | %s |%n",
                    route,
                    total.length,
                    ms(percentile(model, 50)),
                    ms(percentile(total, 50)),
                    ms(percentile(total, 99)),
                    ms(percentile(added, 50)),
                    ms(percentile(added, 90)),
                    ms(percentile(added, 99)),
                    ms(added[added.length - 1])));
        });
        return out.toString();
    }

    private static long[] sorted(List<Long> values) {
        long[] array = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(array);
        return array;
    }

    /** The nearest-rank percentile of sorted values. */
    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
    }

    static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }
}
