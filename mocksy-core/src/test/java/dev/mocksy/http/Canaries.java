package dev.mocksy.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Recognisable fake keys and the checks that they never leak, for every HTTP provider's tests. Each key holds
 * {@link #MARK}, so a leak of any part of it shows.
 */
public final class Canaries {

    /** What every canary key holds. */
    public static final String MARK = "CANARY";

    /** A key an HTTP header can carry: it must never leave its header. */
    public static final String SENDABLE = "sk-CANARY-7f3a9c2e1b4d-DO-NOT-LEAK";

    /**
     * Keys an HTTP header cannot carry: beyond ASCII, control characters, a line break that would inject a header,
     * invisible spaces. A provider must refuse each before sending anything, without quoting it.
     */
    public static final List<String> UNSENDABLE = List.of(
            "sk-CANARY-\u00fc\u00df-7f3a9c2e1b4d",
            "sk-CANARY-\u0007-bell-7f3a9c2e",
            "sk-CANARY-\u0000-nul-7f3a9c2e",
            "sk-CANARY-7f3a\r\nX-Injected: yes",
            "sk-CANARY-\u200b-zero-width",
            "sk-CANARY-\u00a0-no-break-space",
            "sk-CANARY-\u0085-next-line",
            "sk-CANARY-\ud83d\udd11-emoji");

    private Canaries() {}

    /** Something that may throw. */
    @FunctionalInterface
    public interface Action {
        void run() throws Exception;
    }

    /**
     * Runs the action while capturing what slf4j-simple writes to {@code System.err} (the tests' logger, at debug for
     * {@code dev.mocksy}), and returns it.
     */
    public static String logsOf(Action action) throws Exception {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    /** Every text a failure shows: its own and its causes' {@code toString}, suppressed failures and stack frames. */
    public static List<String> describe(Throwable thrown) {
        List<String> texts = new ArrayList<>();
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            texts.add(String.valueOf(t));
            for (StackTraceElement frame : t.getStackTrace()) {
                texts.add(frame.toString());
            }
            for (Throwable suppressed : t.getSuppressed()) {
                texts.addAll(describe(suppressed));
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return texts;
    }

    /** Asserts that no text shows the key or any part marked {@link #MARK}. */
    public static void assertNoLeak(String key, List<String> texts) {
        assertThat(texts).isNotEmpty().noneMatch(text -> text.contains(key) || text.contains(MARK));
    }

    /** Asserts that the failure shows neither the key nor any part marked {@link #MARK}. */
    public static void assertNoLeak(String key, Throwable thrown) {
        assertThat(thrown).as("a failure was thrown").isNotNull();
        assertNoLeak(key, describe(thrown));
    }
}
