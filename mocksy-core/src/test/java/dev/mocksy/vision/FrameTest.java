package dev.mocksy.vision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FrameTest {

    @Test
    void should_copy_encoded_bytes_in_and_out() {
        byte[] jpeg = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 1, 2};
        Frame frame = Frame.encoded(jpeg, Duration.ofMillis(40));
        jpeg[3] = 9;

        FrameImage.Encoded image = (FrameImage.Encoded) frame.image();
        image.bytes()[4] = 9;

        assertThat(image.bytes()).containsExactly(0xff, 0xd8, 0xff, 1, 2);
        assertThat(image.format()).isEqualTo("jpeg");
        assertThat(frame)
                .isEqualTo(new Frame(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 1, 2}, Duration.ofMillis(40)));
    }

    @Test
    void should_recognise_png_and_unknown_signatures() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};
        assertThat(new FrameImage.Encoded(png).format()).isEqualTo("png");
        assertThat(new FrameImage.Encoded("hello".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).format())
                .isEqualTo("unknown");
    }

    @Test
    void should_convert_a_buffered_image_to_bgr_pixels() {
        BufferedImage image = new BufferedImage(2, 1, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, new Color(10, 20, 30).getRGB());
        image.setRGB(1, 0, new Color(200, 100, 50).getRGB());

        Frame frame = Frame.of(image, Duration.ZERO);
        image.setRGB(0, 0, 0);

        FrameImage.Pixels pixels = (FrameImage.Pixels) frame.image();
        assertThat(pixels.format()).isEqualTo(PixelFormat.BGR);
        assertThat(pixels.width()).isEqualTo(2);
        assertThat(pixels.data()).containsExactly(30, 20, 10, 50, 100, 200);
    }

    @Test
    void should_keep_grey_images_grey() {
        BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_BYTE_GRAY);
        image.getRaster().setSample(2, 1, 0, 77);

        FrameImage.Pixels pixels =
                (FrameImage.Pixels) Frame.of(image, Duration.ZERO).image();

        assertThat(pixels.format()).isEqualTo(PixelFormat.GRAY);
        assertThat(pixels.data()).hasSize(6).endsWith(77);
    }

    @Test
    void should_reject_pixel_data_of_the_wrong_size() {
        assertThatThrownBy(() -> Frame.pixels(640, 480, PixelFormat.RGBA, new byte[640 * 480 * 3], Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1228800 bytes for 640x480 RGBA, got 921600");
        assertThatThrownBy(() -> Frame.pixels(0, 480, PixelFormat.GRAY, new byte[0], Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("width and height must be positive");
    }

    @Test
    void should_reject_a_negative_timestamp() {
        assertThatThrownBy(() -> Frame.encoded(new byte[1], Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("timestamp must not be negative");
    }
}
