package dev.mocksy.speech;

import dev.mocksy.UnsupportedInputException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * Reads WAV files into {@link AudioClip}s: 8-48 kHz, mono or stereo, 16-bit PCM or 32-bit float samples.
 *
 * <p>{@code AudioClip clip = AudioConverter.forRecognizer(WavReader.read(Path.of("answer.wav")));}
 *
 * <p>Anything else (MP3, 24-bit PCM, A-law, 96 kHz...) is refused with an {@link UnsupportedInputException} that
 * names the format found and how to convert it. Decoding is done by {@code javax.sound.sampled}. {@link #open} reads a
 * long recording window by window instead of all at once.
 */
public final class WavReader {

    /** The sample formats this reader accepts, for error messages. */
    public static final String ACCEPTED = "WAV with 16-bit PCM or 32-bit float samples, 8000-48000 Hz, mono or stereo";

    private static final String CONVERT_HINT = "; convert it, e.g. `sox IN.wav -r 16000 -c 1 -b 16 OUT.wav`";

    private WavReader() {}

    /**
     * Reads a WAV file.
     *
     * @throws UnsupportedInputException when the file is missing, unreadable, not a WAV file or in a format outside
     *     {@link #ACCEPTED}; the message names what was found
     */
    public static AudioClip read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UnsupportedInputException("no audio file at " + file + "; give the path of a " + ACCEPTED);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UnsupportedInputException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads WAV bytes from a stream, which is not closed.
     *
     * @param name what to call the input in error messages, e.g. its file name
     * @throws UnsupportedInputException as {@link #read(Path)}
     */
    public static AudioClip read(InputStream input, String name) {
        WavStream stream = open(input, name);
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        for (AudioClip window = stream.next(stream.sampleRate());
                window != null;
                window = stream.next(stream.sampleRate())) {
            all.writeBytes(window.pcm());
        }
        return new AudioClip(all.toByteArray(), stream.sampleRate(), stream.channels());
    }

    /**
     * Opens a WAV file to read it window by window, in constant memory whatever its length. Close the stream when
     * done.
     *
     * @throws UnsupportedInputException as {@link #read(Path)}
     */
    public static WavStream open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UnsupportedInputException("no audio file at " + file + "; give the path of a " + ACCEPTED);
        }
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (IOException e) {
            throw new UnsupportedInputException("cannot read " + file + ": " + e.getMessage(), e);
        }
        try {
            return open(in, file.toString()).closing(in);
        } catch (RuntimeException e) {
            try {
                in.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /**
     * Opens WAV bytes from a stream to read them window by window; the header is checked here, the samples are read
     * as {@link WavStream#next(int)} asks for them. Closing the returned stream does not close {@code input}.
     *
     * @param name what to call the input in error messages, e.g. its file name
     * @throws UnsupportedInputException as {@link #read(Path)}
     */
    public static WavStream open(InputStream input, String name) {
        BufferedInputStream in = new BufferedInputStream(input);
        try {
            in.mark(64);
            byte[] header = in.readNBytes(64);
            in.reset();
            requireWave(header, name);
            AudioInputStream audio = AudioSystem.getAudioInputStream(in);
            AudioFormat format = audio.getFormat();
            requireSupported(format, name);
            return new WavStream(audio, format, name);
        } catch (UnsupportedAudioFileException e) {
            throw new UnsupportedInputException(
                    name + " is a WAV file with " + describeFormatTag(readHeader(in)) + ", which Java cannot decode; "
                            + "Mocksy reads " + ACCEPTED + CONVERT_HINT,
                    e);
        } catch (IOException e) {
            throw new UnsupportedInputException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    private static byte[] readHeader(BufferedInputStream in) {
        try {
            in.reset();
            return in.readNBytes(64);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static void requireWave(byte[] header, String name) {
        boolean wave = header.length >= 12
                && ascii(header, 0, 4).equals("RIFF")
                && ascii(header, 8, 4).equals("WAVE");
        if (!wave) {
            throw new UnsupportedInputException(
                    name + " is not a WAV file (" + sniff(header) + "); Mocksy reads " + ACCEPTED + CONVERT_HINT);
        }
    }

    private static void requireSupported(AudioFormat format, String name) {
        AudioFormat.Encoding encoding = format.getEncoding();
        int bits = format.getSampleSizeInBits();
        boolean pcm16 = encoding.equals(AudioFormat.Encoding.PCM_SIGNED) && bits == 16;
        boolean float32 = encoding.equals(AudioFormat.Encoding.PCM_FLOAT) && bits == 32;
        float rate = format.getSampleRate();
        int channels = format.getChannels();
        if (!(pcm16 || float32) || rate < 8000 || rate > 48000 || channels < 1 || channels > 2) {
            throw new UnsupportedInputException(
                    name + " holds " + describe(format) + "; Mocksy reads " + ACCEPTED + CONVERT_HINT);
        }
        int frameBytes = channels * bits / 8;
        if (format.getFrameSize() != frameBytes) {
            // Found by WavReaderFuzzTest: a header announcing 64007-byte frames for 8-byte samples.
            throw new UnsupportedInputException(name + " has a damaged header: it announces frames of "
                    + format.getFrameSize() + " bytes for " + describe(format) + " (" + frameBytes
                    + " bytes a frame); export or convert it again" + CONVERT_HINT);
        }
    }

    /** A readable description of a format, e.g. {@code "24-bit signed PCM, 44100 Hz, stereo"}. */
    static String describe(AudioFormat format) {
        String encoding;
        AudioFormat.Encoding e = format.getEncoding();
        if (e.equals(AudioFormat.Encoding.PCM_SIGNED)) {
            encoding = "signed PCM";
        } else if (e.equals(AudioFormat.Encoding.PCM_UNSIGNED)) {
            encoding = "unsigned PCM";
        } else if (e.equals(AudioFormat.Encoding.PCM_FLOAT)) {
            encoding = "float";
        } else {
            encoding = e.toString();
        }
        int channels = format.getChannels();
        String layout = channels == 1 ? "mono" : channels == 2 ? "stereo" : channels + " channels";
        return format.getSampleSizeInBits() + "-bit " + encoding + ", " + Math.round(format.getSampleRate()) + " Hz, "
                + layout;
    }

    /** Whole frames of {@code data} as 16-bit little-endian PCM of the same rate and channels. */
    static byte[] toPcm16(byte[] data, int length, AudioFormat format) {
        int channels = format.getChannels();
        ByteOrder order = format.isBigEndian() ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        ByteBuffer source = ByteBuffer.wrap(data, 0, length).order(order);
        boolean isFloat = format.getEncoding().equals(AudioFormat.Encoding.PCM_FLOAT);
        int frameBytes = (isFloat ? 4 : 2) * channels;
        int samples = (length / frameBytes) * channels;
        ByteBuffer pcm = ByteBuffer.allocate(samples * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < samples; i++) {
            short sample = isFloat ? AudioConverter.toShort(source.getFloat()) : source.getShort();
            pcm.putShort(sample);
        }
        return pcm.array();
    }

    private static String describeFormatTag(byte[] header) {
        int fmt = indexOf(header, "fmt ");
        if (fmt < 0 || fmt + 12 > header.length) {
            return "an unreadable header";
        }
        ByteBuffer buffer = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN);
        int tag = Short.toUnsignedInt(buffer.getShort(fmt + 8));
        int bits = fmt + 24 <= header.length ? Short.toUnsignedInt(buffer.getShort(fmt + 22)) : 0;
        String name =
                switch (tag) {
                    case 0x0001 -> bits + "-bit PCM";
                    case 0x0002 -> "MS ADPCM";
                    case 0x0003 -> bits + "-bit float";
                    case 0x0006 -> "A-law";
                    case 0x0007 -> "mu-law";
                    case 0x0011 -> "IMA ADPCM";
                    case 0x0031 -> "GSM 6.10";
                    case 0x0055 -> "MP3";
                    case 0xFFFE -> "an extensible format";
                    default -> "an unknown encoding";
                };
        return name + String.format(" (format tag 0x%04X)", tag);
    }

    private static String sniff(byte[] header) {
        if (header.length == 0) {
            return "it is empty";
        }
        if (header.length >= 3 && ascii(header, 0, 3).equals("ID3")
                || header.length >= 2 && (header[0] & 0xFF) == 0xFF && (header[1] & 0xE0) == 0xE0) {
            return "it looks like MP3";
        }
        if (header.length >= 4) {
            String magic = ascii(header, 0, 4);
            switch (magic) {
                case "OggS":
                    return "it looks like Ogg (Vorbis or Opus)";
                case "fLaC":
                    return "it looks like FLAC";
                case "FORM":
                    return "it looks like AIFF";
                case ".snd":
                    return "it looks like Sun AU";
                case "RIFF":
                    return "a RIFF file of type " + (header.length >= 12 ? ascii(header, 8, 4) : "unknown");
                default:
                    break;
            }
            if (header.length >= 8 && ascii(header, 4, 4).equals("ftyp")) {
                return "it looks like MP4/M4A";
            }
            if ((header[0] & 0xFF) == 0x1A && (header[1] & 0xFF) == 0x45) {
                return "it looks like WebM/Matroska";
            }
        }
        return "it starts with bytes " + hex(header, Math.min(8, header.length));
    }

    private static int indexOf(byte[] data, String marker) {
        byte[] target = marker.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + target.length <= data.length; i++) {
            for (int j = 0; j < target.length; j++) {
                if (data[i + j] != target[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static String ascii(byte[] data, int offset, int length) {
        return new String(data, offset, length, StandardCharsets.ISO_8859_1);
    }

    private static String hex(byte[] data, int length) {
        StringBuilder builder = new StringBuilder();
        for (int i = 0; i < length; i++) {
            builder.append(String.format("%02X", data[i])).append(i + 1 < length ? " " : "");
        }
        return builder.toString();
    }
}
