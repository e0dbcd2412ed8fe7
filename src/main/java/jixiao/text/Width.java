package jixiao.text;

/** Display width of printed text in half-em units: ASCII is 1, CJK and full-width characters are 2. */
final class Width {
    private static final String CLOSING = "”’）)】〕》」』，。、；：？！%·…";
    private static final String OPENING = "“‘（(【〔《「『[";
    private static final String FULL_WIDTH = "、，。；：！？（）【】《》〔〕";
    /** Full-width closing brackets and full stops, which end Chinese text. */
    private static final String CLOSING_CJK = "）】》〕」』。；";
    /** The brackets and quotes that pair, each opening one right before its closing one. */
    private static final String PAIRS = "“”‘’（）()【】〔〕《》「」『』";
    /** Curly quotes, which fonts print one em or half of one wide. */
    private static final String CURLY = "“”‘’";

    private Width() {
    }

    static int of(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += of(s.charAt(i));
        }
        return w;
    }

    /**
     * The least width a text may be printed in: as {@link #of}, but a curly quote ({@link #CURLY}) counts half an
     * em.
     */
    static int least(String s) {
        int w = of(s);
        for (int i = 0; i < s.length(); i++) {
            w -= CURLY.indexOf(s.charAt(i)) >= 0 ? 1 : 0;
        }
        return w;
    }

    static int of(char c) {
        if (c < 0x80) {
            return 1;
        }
        return c == '·' ? 1 : 2;
    }

    /**
     * Whether a line of Chinese characters and full-width punctuation, printed exactly as wide as {@link #of} says
     * (one em each in any CJK font; digits, Latin letters and curly quotes vary), was followed by a line starting
     * with a Chinese character, which may start a line and breaks anywhere: the column had no room for it.
     */
    static boolean brokenBeforeHan(String line, String next) {
        String s = line.strip();
        String t = next.strip();
        if (s.isEmpty() || t.isEmpty() || !han(t.charAt(0))) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!han(c) && FULL_WIDTH.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether the character is a Chinese character (Han script; no punctuation). */
    static boolean han(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /**
     * Whether a text ends as Chinese text does: with a Chinese character, or a full-width closing bracket or full stop
     * after one ("…（二期工程）").
     */
    static boolean endsChinese(String text) {
        char end = text.charAt(text.length() - 1);
        return han(end) || CLOSING_CJK.indexOf(end) >= 0;
    }

    /** An opening bracket or quote: no line ends with one, so a line ending with one was cut by its cell's edge. */
    static boolean opening(char c) {
        return OPENING.indexOf(c) >= 0;
    }

    /**
     * Whether a text opens a bracket or quote it does not close (a “ with no ” after it): a cell's text that goes on,
     * whatever stands on the lines between.
     */
    static boolean unclosed(String text) {
        for (int p = 0; p < PAIRS.length(); p += 2) {
            int depth = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                depth += c == PAIRS.charAt(p) ? 1 : c == PAIRS.charAt(p + 1) && depth > 0 ? -1 : 0;
            }
            if (depth > 0) {
                return true;
            }
        }
        return false;
    }

    /** A closing bracket, quote or punctuation mark: no line starts with one. */
    static boolean closing(char c) {
        return CLOSING.indexOf(c) >= 0;
    }

    static boolean isAsciiWord(char c) {
        return c < 0x80 && (Character.isLetterOrDigit(c) || c == '.' || c == ',' || c == '%' || c == '/' || c == '+'
                || c == '-');
    }

    /**
     * The width of the first unbreakable unit of a line: an ASCII run, or one character, with the closing
     * punctuation that may not start a line; an opening bracket before a Chinese letter with that letter (a curly
     * quote at its least width).
     */
    static int firstUnit(String line) {
        String s = line.strip();
        if (s.isEmpty()) {
            return 0;
        }
        if (OPENING.indexOf(s.charAt(0)) >= 0) {
            // an opening bracket goes with what follows it: a Chinese letter, which breaks anywhere (“ and one letter),
            // or a run a tool may keep whole however wide (〔 and a year, 〕 and a serial): any break before it is fine
            return s.length() > 1 && han(s.charAt(1)) ? least(s.substring(0, 1)) + of(s.charAt(1)) : 99;
        }
        int i = 0;
        if (isAsciiWord(s.charAt(i))) {
            while (i < s.length() && isAsciiWord(s.charAt(i))) {
                i++;
            }
        } else {
            i++;
        }
        while (i < s.length() && CLOSING.indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return of(s.substring(0, i));
    }
}
