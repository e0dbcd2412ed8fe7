package jixiao;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/** Tells a PDF from extracted text by content, not by file name, and how the text is encoded. */
public final class InputFormat {
    private InputFormat() {
    }

    /** A PDF has "%PDF-" within its first 1024 bytes (the spec allows leading junk). */
    static boolean isPdf(byte[] head) {
        int limit = Math.min(head.length - 5, 1024);
        for (int i = 0; i <= limit; i++) {
            if (head[i] == '%' && head[i + 1] == 'P' && head[i + 2] == 'D' && head[i + 3] == 'F'
                    && head[i + 4] == '-') {
                return true;
            }
        }
        return false;
    }

    /** Share of the bytes at one parity that are zero from which a text without byte-order mark is UTF-16. */
    private static final double UTF16_ZEROS = 0.05;

    /**
     * Text: decodes as UTF-8 (or GB18030, or UTF-16 as Windows tools save "Unicode" text) without control characters
     * other than tab, CR, LF, FF, and is not HTML.
     */
    static boolean isText(byte[] head) {
        if (head.length == 0) {
            return false;
        }
        Charset wide = utf16(head);
        if (wide != null) {
            int whole = head.length - head.length % 2;
            String text = new String(head, 0, whole, wide);
            return decodes(Arrays.copyOf(head, whole), wide) && text.chars().noneMatch(InputFormat::control)
                    && !html(text);
        }
        for (byte b : head) {
            if (control(b & 0xFF)) {
                return false;
            }
        }
        if (html(new String(head, 0, Math.min(head.length, 256), StandardCharsets.ISO_8859_1))) {
            return false;
        }
        return decodes(head, StandardCharsets.UTF_8) || decodes(head, Charset.forName("GB18030"));
    }

    /** The encoding of text opening with {@code head}: UTF-16 (marked, or told by its zero bytes), UTF-8, GB18030. */
    public static Charset charset(byte[] head) {
        Charset wide = utf16(head);
        if (wide != null) {
            return wide;
        }
        return decodes(head, StandardCharsets.UTF_8) ? StandardCharsets.UTF_8 : Charset.forName("GB18030");
    }

    /**
     * UTF-16 when the head opens with its byte-order mark (FF FE, FE FF: the decoder takes the mark's order and drops
     * it) or, without one, when the zero bytes of its ASCII characters (spaces, digits, line breaks) fall at one
     * parity (the other holding under a tenth as many); else null.
     */
    private static Charset utf16(byte[] head) {
        if (head.length >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
                || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)) {
            return StandardCharsets.UTF_16;
        }
        int[] zeros = new int[2];
        for (int i = 0; i < head.length; i++) {
            zeros[i % 2] += head[i] == 0 ? 1 : 0;
        }
        int half = head.length / 2;
        if (half == 0) {
            return null;
        }
        // a character such as 一 (U+4E00) has a zero byte of its own: the other parity holds a few
        if (zeros[1] >= UTF16_ZEROS * half && zeros[0] * 10 < zeros[1]) {
            return StandardCharsets.UTF_16LE;
        }
        if (zeros[0] >= UTF16_ZEROS * half && zeros[1] * 10 < zeros[0]) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** Whether text opens as an HTML page or an XML file does. */
    private static boolean html(String text) {
        String start = text.substring(0, Math.min(text.length(), 256)).replace("\uFEFF", "").stripLeading()
                .toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<?xml");
    }

    /** A control character that plain text does not hold (all but tab, LF, CR, FF). */
    private static boolean control(int c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f';
    }

    private static boolean decodes(byte[] head, Charset cs) {
        // the head may end inside a multi-byte sequence: ignore up to 3 trailing bytes
        for (int cut = 0; cut <= 3 && cut < head.length; cut++) {
            try {
                cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(head, 0, head.length - cut));
                return true;
            } catch (CharacterCodingException e) {
                // try a shorter prefix
            }
        }
        return false;
    }

    static String describe(byte[] head) {
        if (head.length == 0) {
            return "the file is empty";
        }
        String start = new String(head, 0, Math.min(head.length, 64), StandardCharsets.ISO_8859_1).strip()
                .toLowerCase(Locale.ROOT);
        if (start.startsWith("<!doctype html") || start.startsWith("<html")) {
            return "it is an HTML page";
        }
        if (head.length > 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF) {
            return "it is an old Word/Excel (OLE) file";
        }
        if (head.length > 4 && head[0] == 'P' && head[1] == 'K') {
            return "it is a ZIP container (docx/xlsx?)";
        }
        return "unrecognised binary content";
    }
}
