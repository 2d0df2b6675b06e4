package dev.mocksy.examples.web.keys;

import dev.mocksy.StoreException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import java.util.function.Function;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES-256 key that encrypts users' API keys at rest: from the environment variable {@value #VARIABLE} (base64 of 32
 * bytes; every node of a cluster must use the same), else from {@value #FILE} in the data directory, created on first
 * use with owner-only permissions (0600).
 */
public final class MasterKey {

    /** The environment variable holding the key, base64. */
    public static final String VARIABLE = "MOCKSY_MASTER_KEY";

    /** The key file's name in the data directory. */
    public static final String FILE = "master.key";

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private MasterKey() {}

    /**
     * The key from {@code environment}'s {@value #VARIABLE}, else the file under {@code home}, created if missing.
     *
     * @throws IllegalArgumentException when the variable or the file holds something other than 32 bytes in base64
     * @throws StoreException when the file cannot be read or written
     */
    public static SecretKey load(Function<String, String> environment, Path home) {
        String variable = environment.apply(VARIABLE);
        if (variable != null && !variable.isBlank()) {
            return decode(variable.strip(), VARIABLE);
        }
        Path file = home.resolve(FILE);
        try {
            Files.createDirectories(home);
            if (!Files.exists(file)) {
                create(file);
            }
            checkPermissions(file);
            return decode(Files.readString(file, StandardCharsets.US_ASCII).strip(), file.toString());
        } catch (IOException e) {
            throw new StoreException(
                    "cannot read or create the master key file " + file + ": " + e.getMessage() + "; or set "
                            + VARIABLE,
                    e);
        }
    }

    private static void create(Path file) throws IOException {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        String encoded = Base64.getEncoder().encodeToString(key) + "\n";
        try {
            if (supportsPosix(file)) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createFile(file);
            }
            Files.writeString(file, encoded, StandardCharsets.US_ASCII);
        } catch (FileAlreadyExistsException raced) {
            // another node or process created it first: use theirs
        }
    }

    /** A key file others can read would expose every stored API key: tighten it. */
    private static void checkPermissions(Path file) throws IOException {
        if (supportsPosix(file) && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    private static boolean supportsPosix(Path file) {
        Path directory = file.toAbsolutePath().getParent();
        try {
            return directory != null
                    && Files.getFileStore(directory)
                            .supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class);
        } catch (IOException e) {
            return false;
        }
    }

    private static SecretKey decode(String base64, String source) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + " must hold a base64 key of 32 bytes (e.g. from `openssl rand"
                    + " -base64 32`); it is not base64");
        }
        if (bytes.length != 32) {
            throw new IllegalArgumentException(source + " must hold a base64 key of 32 bytes (e.g. from `openssl rand"
                    + " -base64 32`); it has " + bytes.length + " bytes");
        }
        return new SecretKeySpec(bytes, "AES");
    }
}
