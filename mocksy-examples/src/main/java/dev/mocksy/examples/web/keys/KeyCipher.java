package dev.mocksy.examples.web.keys;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM for secrets at rest: a fresh 96-bit nonce per encryption, a 128-bit tag, and associated data (the owner
 * and the provider) so that a ciphertext copied to another account's row fails to decrypt. Thread-safe.
 */
public final class KeyCipher {

    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    public KeyCipher(SecretKey key) {
        this.key = Objects.requireNonNull(key, "key");
    }

    /** base64 of nonce + ciphertext + tag. */
    public String encrypt(String plaintext, String associatedData) {
        byte[] nonce = new byte[NONCE];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder()
                    .encodeToString(ByteBuffer.allocate(NONCE + sealed.length)
                            .put(nonce)
                            .put(sealed)
                            .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime: " + e.getMessage(), e);
        }
    }

    /**
     * The plaintext of {@link #encrypt}.
     *
     * @throws IllegalStateException when the ciphertext was altered, moved to another owner, or sealed with another
     *     master key (the message says so, without any of the secret)
     */
    public String decrypt(String sealedBase64, String associatedData) {
        try {
            byte[] sealed = Base64.getDecoder().decode(sealedBase64);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(sealed, NONCE, sealed.length - NONCE), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("a stored key cannot be decrypted: it was altered or sealed with another"
                    + " master key (" + MasterKey.VARIABLE + " must be the same on every node); store the key again");
        }
    }
}
