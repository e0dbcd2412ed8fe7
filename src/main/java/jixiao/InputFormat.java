package jixiao;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Tells a PDF from extracted text by content, not by file name. */
final class InputFormat {
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

    /** Text: decodes as UTF-8 (or GB18030) without control bytes other than tab, CR, LF, FF, and is not HTML. */
    static boolean isText(byte[] head) {
        if (head.length == 0) {
            return false;
        }
        for (byte b : head) {
            int c = b & 0xFF;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                return false;
            }
        }
        String start = new String(head, 0, Math.min(head.length, 256), StandardCharsets.ISO_8859_1).stripLeading()
                .toLowerCase(java.util.Locale.ROOT);
        if (start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<?xml")) {
            return false;
        }
        return decodes(head, StandardCharsets.UTF_8) || decodes(head, Charset.forName("GB18030"));
    }

    static Charset charset(byte[] head) {
        return decodes(head, StandardCharsets.UTF_8) ? StandardCharsets.UTF_8 : Charset.forName("GB18030");
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
                .toLowerCase(java.util.Locale.ROOT);
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
