package dev.mocksy.examples.web.account;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Salted, slow password hashing: Argon2id with Spring Security's current parameters (16 MiB, 2 iterations, a 16-byte
 * random salt per password), computed by BouncyCastle. Thread-safe.
 */
final class PasswordHasher {

    /** A hash of nothing anyone can type, checked when the account does not exist so both cases take as long. */
    private final String decoy;

    private final PasswordEncoder encoder = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();

    PasswordHasher() {
        decoy = encoder.encode("decoy-" + System.nanoTime());
    }

    String hash(String password) {
        return encoder.encode(password);
    }

    boolean matches(String password, String hash) {
        return encoder.matches(password, hash);
    }

    /** Spends the time of one check, for an unknown account. */
    void spendCheck(String password) {
        encoder.matches(password, decoy);
    }
}
