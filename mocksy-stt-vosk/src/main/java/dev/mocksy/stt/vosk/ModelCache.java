package dev.mocksy.stt.vosk;

import dev.mocksy.ProviderException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Unpacks a model from a zip into a cache directory once and checks it on every later use.
 *
 * <p>The archive is unpacked into a temporary sibling directory and moved into place only when complete, with a
 * manifest of every file's size; a directory whose files do not match its manifest (a crash, a disk that filled up,
 * a file someone truncated) is unpacked again. Several processes may race: the loser keeps the winner's copy.
 */
final class ModelCache {

    /** Lists each unpacked file with its size; written last, so its presence means the unpack completed. */
    static final String MANIFEST = ".mocksy-model.properties";

    private static final Logger LOG = LoggerFactory.getLogger(ModelCache.class);

    private ModelCache() {}

    /** Opens the archive each time it is needed. */
    @FunctionalInterface
    interface ArchiveSource {
        InputStream open() throws IOException;
    }

    /**
     * The directory holding the files under {@code prefix} in the archive, unpacking them first if needed.
     *
     * @throws ProviderException when the archive holds nothing under the prefix or the cache cannot be written
     */
    static synchronized Path unpack(ArchiveSource archive, String prefix, Path target) {
        if (isComplete(target)) {
            return target;
        }
        Path temporary = target.resolveSibling(target.getFileName() + ".tmp-" + UUID.randomUUID());
        try {
            Files.createDirectories(target.getParent());
            LOG.info("Unpacking the speech model into {} (once)", target);
            Map<String, Long> sizes = extract(archive, prefix, temporary);
            if (sizes.isEmpty()) {
                throw new ProviderException("vosk", "the model archive has no files under " + prefix);
            }
            writeManifest(temporary, sizes);
            if (Files.exists(target)) {
                LOG.warn("The model cache {} is incomplete or damaged; replacing it", target);
                deleteRecursively(target);
            }
            moveIntoPlace(temporary, target);
            return target;
        } catch (IOException | UncheckedIOException e) {
            throw new ProviderException(
                    "vosk",
                    "cannot unpack the speech model into " + target + " (" + e.getMessage()
                            + "); make MOCKSY_HOME point to a writable directory with about 100 MB free",
                    e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    /** Whether the directory has a manifest and every file it lists with the listed size. */
    static boolean isComplete(Path directory) {
        Path manifest = directory.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return false;
        }
        Properties sizes = new Properties();
        try (InputStream in = Files.newInputStream(manifest)) {
            sizes.load(in);
            for (String name : sizes.stringPropertyNames()) {
                Path file = directory.resolve(name);
                if (!Files.isRegularFile(file) || Files.size(file) != Long.parseLong(sizes.getProperty(name))) {
                    return false;
                }
            }
            return !sizes.isEmpty();
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }

    private static Map<String, Long> extract(ArchiveSource archive, String prefix, Path into) throws IOException {
        Map<String, Long> sizes = new TreeMap<>();
        Path root = into.toAbsolutePath().normalize();
        try (ZipInputStream zip = new ZipInputStream(archive.open())) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.isDirectory() || !entry.getName().startsWith(prefix)) {
                    continue;
                }
                String relative = entry.getName().substring(prefix.length());
                Path file = root.resolve(relative).normalize();
                if (!file.startsWith(root)) {
                    throw new IOException("the archive entry " + entry.getName() + " points outside the cache");
                }
                Files.createDirectories(file.getParent());
                try (OutputStream out = Files.newOutputStream(file)) {
                    sizes.put(relative, zip.transferTo(out));
                }
            }
        }
        return sizes;
    }

    private static void writeManifest(Path directory, Map<String, Long> sizes) throws IOException {
        Properties properties = new Properties();
        sizes.forEach((name, size) -> properties.setProperty(name, Long.toString(size)));
        try (OutputStream out = Files.newOutputStream(directory.resolve(MANIFEST))) {
            properties.store(out, "Mocksy model cache: files and sizes, checked on every load");
        }
    }

    private static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
            // Another process unpacked it first; keep theirs if it is whole.
            if (!isComplete(target)) {
                throw e;
            }
        }
    }

    private static void deleteQuietly(Path directory) {
        try {
            deleteRecursively(directory);
        } catch (IOException | UncheckedIOException e) {
            LOG.debug("Could not remove {}", directory, e);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
