package dev.mocksy.vision.opencv;

import dev.mocksy.ProviderException;
import java.nio.file.Path;
import java.util.List;

/** OpenCV's Haar cascade files were not found; the message says where Mocksy looked and how to install them. */
public class CascadesNotFoundException extends ProviderException {

    private final List<Path> searched;

    public CascadesNotFoundException(String message, List<Path> searched) {
        super(OpenCvVisionProvider.ID, message);
        this.searched = List.copyOf(searched);
    }

    /** The folders that were searched, in order. */
    public List<Path> searched() {
        return searched;
    }
}
