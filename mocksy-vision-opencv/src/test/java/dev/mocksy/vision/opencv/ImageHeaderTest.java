package dev.mocksy.vision.opencv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mocksy.vision.ImageRejectedException;
import dev.mocksy.vision.ImageRejectedException.Reason;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Sizes and wholeness read from headers of images written by a real encoder (Java's ImageIO); no natives needed. */
class ImageHeaderTest {

    static byte[] encoded(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, (x * 7 + y * 13) * 0x010101 & 0xffffff);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).isTrue();
        return out.toByteArray();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jpg", "png", "bmp"})
    void should_read_the_size_of_a_whole_image_from_its_header(String format) throws IOException {
        ImageHeader header = ImageHeader.read(encoded(format, 321, 123), "the frame");

        assertThat(header.width()).isEqualTo(321);
        assertThat(header.height()).isEqualTo(123);
        assertThat(header.pixels()).isEqualTo(321L * 123);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jpg", "png", "bmp"})
    void should_call_an_image_cut_short_truncated(String format) throws IOException {
        byte[] whole = encoded(format, 200, 150);
        byte[] cut = Arrays.copyOf(whole, whole.length * 2 / 3);

        assertThatThrownBy(() -> ImageHeader.read(cut, "snapshot." + format))
                .isInstanceOf(ImageRejectedException.class)
                .hasMessageContaining("snapshot." + format + " is a")
                .hasMessageContaining("image cut short")
                .extracting(e -> ((ImageRejectedException) e).reason())
                .isEqualTo(Reason.TRUNCATED);
    }

    @Test
    void should_call_a_png_with_a_damaged_chunk_corrupt() throws IOException {
        byte[] png = encoded("png", 64, 64);
        png[png.length / 2] ^= 0x5a; // inside the image data chunk: its CRC no longer matches

        assertThatThrownBy(() -> ImageHeader.read(png, "the frame"))
                .isInstanceOf(ImageRejectedException.class)
                .hasMessageContaining("the frame is a damaged PNG image (it has a damaged IDAT chunk")
                .extracting(e -> ((ImageRejectedException) e).reason())
                .isEqualTo(Reason.CORRUPT);
    }

    @Test
    void should_refuse_what_is_not_an_image_and_what_is_empty() {
        assertThatThrownBy(() -> ImageHeader.read("GIF89a....".getBytes(), "the frame"))
                .isInstanceOf(ImageRejectedException.class)
                .hasMessage("the frame is not a JPEG, PNG or BMP image (10 bytes starting 47 49 46 38 39 61 2e 2e);"
                        + " send a JPEG or PNG image");
        assertThatThrownBy(() -> ImageHeader.read(new byte[0], "the frame"))
                .isInstanceOf(ImageRejectedException.class)
                .extracting(e -> ((ImageRejectedException) e).reason())
                .isEqualTo(Reason.EMPTY);
    }

    @Test
    void should_refuse_an_image_over_the_limit_by_its_header_alone() {
        // A PNG header announcing 30000 x 30000 pixels, without the 2.7 GB of pixels it would decode to.
        assertThatThrownBy(() ->
                        FrameDecoder.requireWithinLimit("the frame", 30_000L * 30_000, 30_000, 30_000, 40_000_000))
                .isInstanceOf(ImageRejectedException.class)
                .hasMessageStartingWith(
                        "the frame is 30000 x 30000 pixels (900.0 megapixels), over the limit of 40.0" + " megapixels")
                .hasMessageContaining(OpenCvVisionAnalyzer.MAX_PIXELS_SETTING);
    }
}
