package dev.mocksy.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.mocksy.Mocksy;
import dev.mocksy.internal.MocksyJson;
import dev.mocksy.vision.FrameObservation;
import dev.mocksy.vision.VisionSummary;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mocksy analyze-video PATH [--json]}: observes webcam frames on this device and reports facts (in frame,
 * facing the camera, smiling, head movement, picture quality), never emotions.
 */
@Command(
        name = "analyze-video",
        mixinStandardHelpOptions = true,
        description = {
            "Observes webcam frames on this device with OpenCV: faces, facing the camera, smile, brightness, focus.",
            "PATH is an image (JPEG, PNG, BMP), a folder of images or an MJPEG AVI. MP4 and WebM cannot be opened by"
                    + " this OpenCV build: convert them with `ffmpeg -i INPUT -c:v mjpeg -q:v 3 -an answer.avi`."
        })
public final class AnalyzeVideoCommand implements Callable<Integer> {

    /** What {@code --json} prints. */
    record Output(String path, List<FrameObservation> frames, VisionSummary summary) {}

    @Parameters(index = "0", paramLabel = "PATH", description = "an image, a folder of images or an MJPEG AVI")
    Path path;

    @Option(names = "--json", description = "print every frame and the summary as JSON")
    boolean json;

    @Option(
            names = "--fps",
            defaultValue = "5",
            description = "video: analyse at most this many frames per second; folder: images taken per second"
                    + " (default: ${DEFAULT-VALUE})")
    double fps;

    @Option(
            names = "--cascades",
            paramLabel = "FOLDER",
            description = "folder with OpenCV's Haar cascades (default: setting " + CASCADES
                    + ", then /usr/share/opencv4/haarcascades from Debian's opencv-data)")
    Path cascades;

    /** The setting that points the on-device face detector at its cascade files. */
    static final String CASCADES = "mocksy.vision.cascades";

    private final Terminal terminal;

    public AnalyzeVideoCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws JsonProcessingException {
        Mocksy.Builder builder = Mocksy.builder();
        if (cascades != null) {
            builder.setting(CASCADES, cascades.toString());
        }
        List<FrameObservation> frames = builder.build().visionAnalyzer().analyzeFile(path, fps);
        VisionSummary summary = VisionSummary.of(frames);
        PrintStream out = terminal.out();
        if (json) {
            out.println(MocksyJson.mapper()
                    .writerWithDefaultPrettyPrinter()
                    .writeValueAsString(new Output(path.toString(), frames, summary)));
        } else {
            printText(out, frames, summary);
        }
        return 0;
    }

    private void printText(PrintStream out, List<FrameObservation> frames, VisionSummary summary) {
        out.println(path + ": " + frames.size() + (frames.size() == 1 ? " frame" : " frames"));
        out.println("   time  faces  frontal  centred  smile  brightness  sharpness");
        for (FrameObservation frame : frames) {
            out.println(String.format(
                    Locale.ROOT,
                    "%6.1fs  %5d  %-7s  %-7s  %-5s  %10.0f  %9.0f%s%s",
                    frame.timestamp().toMillis() / 1000.0,
                    frame.faceCount(),
                    yesNo(frame.frontal()),
                    yesNo(frame.centred()),
                    yesNo(frame.smile()),
                    frame.brightness(),
                    frame.sharpness(),
                    frame.tooDark() ? "  too dark" : "",
                    frame.blur() ? "  blurred" : ""));
        }
        out.println();
        summary.observations().forEach(line -> out.println("- " + line));
        summary.warnings().forEach(line -> out.println("! " + line));
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }
}
