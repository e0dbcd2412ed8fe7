package jixiao.text;

import java.util.regex.Pattern;

/**
 * The spaces of extracted text made plain: a tool or a web page may print no-break spaces (U+00A0), fixed-width
 * spaces (U+2000–U+200A, U+202F, U+205F) or ideographic spaces (U+3000) between cells, and zero-width characters
 * or byte-order marks inside lines. Each space becomes one ASCII space (so columns of space-aligned text stay where
 * they are) and each zero-width character goes, before the readers split lines into cells at spaces.
 */
public final class Spaces {
    private static final Pattern SPACE = Pattern.compile("[\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000]");
    private static final Pattern ZERO_WIDTH = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF]");

    private Spaces() {
    }

    public static String plain(String text) {
        return SPACE.matcher(ZERO_WIDTH.matcher(text).replaceAll("")).replaceAll(" ");
    }
}
