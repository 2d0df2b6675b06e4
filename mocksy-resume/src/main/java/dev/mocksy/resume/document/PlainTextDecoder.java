package dev.mocksy.resume.document;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** Decodes plain text and Markdown: UTF-8 (with or without BOM) or UTF-16 with BOM, else Windows-1252. */
final class PlainTextDecoder {

    private static final Pattern MD_HEADING = Pattern.compile("(?m)^#{1,6}\\s+");
    private static final Pattern MD_EMPHASIS = Pattern.compile("(\\*\\*|__)(.+?)\\1");
    private static final Pattern MD_LINK = Pattern.compile("\\[([^\\]]+)]\\(([^)]+)\\)");
    private static final Pattern MD_RULE = Pattern.compile("(?m)^\\s*([-*_])\\s*\\1\\s*\\1[\\s\\-*_]*$");
    private static final Pattern MD_CODE = Pattern.compile("`([^`]+)`");

    String decode(byte[] bytes, DocumentType type) {
        String text = decodeCharset(bytes);
        if (type == DocumentType.MARKDOWN) {
            text = MD_HEADING.matcher(text).replaceAll("");
            text = MD_EMPHASIS.matcher(text).replaceAll("$2");
            text = MD_LINK.matcher(text).replaceAll("$1 $2");
            text = MD_RULE.matcher(text).replaceAll("");
            text = MD_CODE.matcher(text).replaceAll("$1");
        }
        return text;
    }

    private static String decodeCharset(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            // Not UTF-8: text saved by older Windows editors is almost always in this code page.
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }
}
