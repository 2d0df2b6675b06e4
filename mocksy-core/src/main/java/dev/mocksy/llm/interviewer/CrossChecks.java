package dev.mocksy.llm.interviewer;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs the offline cross-check of an answer beside the model call that grades it: the check is CPU work (with
 * sentence embeddings, tens of milliseconds), the model call is waiting, so they overlap. One daemon thread per core,
 * shared by every evaluator in the JVM.
 */
final class CrossChecks {

    private static final ExecutorService POOL =
            Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), new DaemonThreads());

    private CrossChecks() {}

    static <T> CompletableFuture<T> start(Supplier<T> check) {
        return CompletableFuture.supplyAsync(check, POOL);
    }

    /** The check's result; its failure is rethrown as it was thrown. */
    static <T> T join(CompletableFuture<T> check) {
        try {
            return check.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private static final class DaemonThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "mocksy-cross-check-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
