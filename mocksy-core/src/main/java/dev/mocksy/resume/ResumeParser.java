package dev.mocksy.resume;

import java.io.InputStream;

/** Turns a resume file into text. Implementations detect the type from content, not the file name. */
public interface ResumeParser {

    /**
     * Extracts the text of the document.
     *
     * @param content the file's bytes; the caller closes it
     * @param fileName the original name, used only in messages
     * @throws dev.mocksy.UnsupportedInputException for a type, size or structure that cannot be read, saying why
     */
    ResumeDocument parse(InputStream content, String fileName);
}
