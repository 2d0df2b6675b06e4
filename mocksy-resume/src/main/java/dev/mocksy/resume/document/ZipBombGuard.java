package dev.mocksy.resume.document;

import dev.mocksy.resume.ResumeRejectedException;
import dev.mocksy.resume.ResumeRejectedException.Reason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Inflates every entry of a ZIP-based document once, counting bytes rather than trusting the sizes its headers claim,
 * and stops as soon as the expansion passes the configured ratio or total: a few kilobytes of DOCX must not be able
 * to become gigabytes in memory.
 */
final class ZipBombGuard {

    /** Small documents compress well too; the ratio only matters past this many expanded bytes. */
    private static final long RATIO_GRACE_BYTES = 4L << 20;

    private final ResumeLimits limits;

    ZipBombGuard(ResumeLimits limits) {
        this.limits = limits;
    }

    void check(byte[] zip, String name) {
        long ratioBudget = Math.max(RATIO_GRACE_BYTES, (long) zip.length * limits.maxInflateRatio());
        long budget = Math.min(limits.maxInflatedBytes(), ratioBudget);
        long inflated = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = entries.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                InputStream in = entries;
                int read;
                while ((read = in.read(buffer)) > 0) {
                    inflated += read;
                    if (inflated > budget) {
                        throw new ResumeRejectedException(
                                Reason.DECOMPRESSION_LIMIT,
                                name,
                                "the document expands to more than " + budget / (1024 * 1024) + " MB from "
                                        + Math.max(1, zip.length / 1024) + " KB (more than " + limits.maxInflateRatio()
                                        + " times its size); it looks like a zip bomb and was not opened");
                    }
                }
            }
        } catch (IOException e) {
            throw new ResumeRejectedException(
                    Reason.CORRUPT,
                    name,
                    "the Word document is damaged or cut short (" + e.getMessage() + "); save or download it again",
                    e);
        }
    }
}
