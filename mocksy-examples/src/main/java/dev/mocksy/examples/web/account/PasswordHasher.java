package dev.mocksy.examples.web.account;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Salted, slow password hashing: Argon2id with Spring Security's current parameters (16 MiB, 2 iterations, a 16-byte
 * random salt per password), computed by BouncyCastle. At most half the cores hash at once: a burst of sign-ups and
 * logins queues here instead of taking every core (and 16 MiB each) from the interviews running meanwhile.
 * Thread-safe.
 */
final class PasswordHasher {

    /** Hashes running at once, process-wide. */
    static final int CONCURRENT = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);

    private static final Semaphore HASHING = new Semaphore(CONCURRENT, true);

    /** A hash of nothing anyone can type, checked when the account does not exist so both cases take as long. */
    private final String decoy;

    private final PasswordEncoder encoder = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();

    PasswordHasher() {
        decoy = encoder.encode("decoy-" + System.nanoTime());
    }

    String hash(String password) {
        return bounded(() -> encoder.encode(password));
    }

    boolean matches(String password, String hash) {
        return bounded(() -> encoder.matches(password, hash));
    }

    /** Spends the time of one check, for an unknown account. */
    void spendCheck(String password) {
        bounded(() -> encoder.matches(password, decoy));
    }

    private static <T> T bounded(Supplier<T> work) {
        HASHING.acquireUninterruptibly();
        try {
            return work.get();
        } finally {
            HASHING.release();
        }
    }
}
