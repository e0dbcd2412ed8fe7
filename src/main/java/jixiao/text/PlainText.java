package jixiao.text;

import java.util.regex.Pattern;

/**
 * Extracted text made plain before it is read. Line ends become LF: CRLF, CR, and CR CR LF (text written with CRLF
 * through a layer that turned its LF into CRLF again, which would read as a blank line after every line). Spaces
 * become ASCII spaces: a tool or a web page may print no-break spaces (U+00A0), fixed-width spaces (U+2000–U+200A,
 * U+202F, U+205F) or ideographic spaces (U+3000) between cells; each becomes one space, so columns of space-aligned
 * text stay where they are. Zero-width characters and byte-order marks inside lines go.
 */
final class PlainText {
    private static final Pattern SPACE = Pattern.compile("[\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000]");
    private static final Pattern ZERO_WIDTH = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF]");

    private PlainText() {
    }

    static String normalize(String text) {
        String lf = text.replace("\r\r\n", "\n").replace("\r\n", "\n").replace('\r', '\n');
        return SPACE.matcher(ZERO_WIDTH.matcher(lf).replaceAll("")).replaceAll(" ");
    }
}
