package jixiao.text;

import java.util.regex.Pattern;

import static jixiao.text.LayoutText.cjk;

/**
 * Whether a single space in a line of space-aligned text parts two cells: a tool closing the gap between narrow
 * cells to one space leaves it where Chinese text, which has no spaces, meets the next cell's text, or where a
 * number, a value or an amount meets text that is no part of it. Two spaces or more always part cells
 * ({@link LayoutText#chunks}).
 */
final class SpaceGaps {
    /** The sign ending a document's serial number ("152 号", "5 号）"): no cell of its own. */
    private static final Pattern NUMBER_SIGN = Pattern.compile("号[）)]?");
    /** The start of a value: a comparison or a digit. */
    private static final Pattern VALUE_START = Pattern.compile("[≥≤><＞＜=]?\\d");

    private SpaceGaps() {
    }

    /**
     * Whether the single space at k parts the chunk starting at {@code start} from the text after it: between two
     * CJK letters (not of a letter-spaced word), after a number, value or amount before text not its own, after a
     * whole label or a wrapped name's piece, before a list item.
     */
    static boolean parts(String line, int start, int k) {
        int next = k + 1;
        return cjk(line.charAt(k - 1)) && cjk(line.charAt(next)) && !letterSpaced(line, k)
                || numberThenText(line, k) || valueThenNumber(line, k) || textThenValue(line, start, k)
                || twoAmounts(line, k)
                || HeaderWords.label(line.substring(start, k)).isPresent() // "年度总体目标 1.…"
                || namePiece(line.substring(start, k)) // "年度 1.…", "数量指 AB…": a wrapped name
                // "目标 3、…"
                || cjk(line.charAt(k - 1)) && ListBands.ITEM.matcher(line).region(next, line.length()).lookingAt();
    }

    /**
     * Whether the space at k parts two whole amounts with two decimals ("6,221,055.43 4,846,618.33"): two cells of a
     * fund plan squeezed closer than the tool's word gap.
     */
    private static boolean twoAmounts(String line, int k) {
        return Shapes.cents(wordBefore(line, k)) && Shapes.cents(wordAfter(line, k));
    }

    /**
     * Whether the space at k follows a number and comes before CJK text that is not its unit ("1,000.2 单位…", nor a
     * unit the line's end cut, "≤80 个工"), nor the end of a document number ("152 号"), nor a unit going on in running
     * text ("3000 平方米（含…"), nor the rest of a date the number starts ("11 月底前": autospace).
     */
    private static boolean numberThenText(String line, int k) {
        char before = line.charAt(k - 1);
        if (!(Character.isDigit(before) || before == '%') || !cjk(line.charAt(k + 1))) {
            return false;
        }
        String next = wordAfter(line, k);
        return !Shapes.unitOnly(next) && !(Character.isDigit(before) && Shapes.cutUnit(next))
                && !NUMBER_SIGN.matcher(next).matches() && !Shapes.measureInProse(next)
                && !Shapes.deadline(wordBefore(line, k) + next);
    }

    /**
     * Whether the space at k follows a value cut in its unit ("≤205元/", its last letter wrapped to the next line) and
     * comes before a document number's issuer and year ("甲财【2022】"): the basis, set one space after the value.
     */
    private static boolean valueThenNumber(String line, int k) {
        String next = wordAfter(line, k);
        return VALUE_START.matcher(wordBefore(line, k)).lookingAt() && cjk(next.charAt(0))
                && Shapes.docNumber(next);
    }

    /**
     * Whether the space at k follows CJK text (or CJK text ending in a number or a Latin word: "…甲乙200",
     * "甲64台CT") and comes before a whole value ("…甲乙 200元/生·年"): Chinese text has no spaces, so the
     * value is the next cell, pushed one space after the text that ran up to it (the basis may have run into it,
     * {@link GluedValues}); not a measure in running text
     * ("约 3000 平方米（…"). {@code start}: where the chunk before the space starts.
     */
    private static boolean textThenValue(String line, int start, int k) {
        char before = line.charAt(k - 1);
        boolean text = cjk(before) || (Character.isDigit(before) || before < 0x80 && Character.isLetter(before))
                && line.substring(start, k).chars().anyMatch(ch -> cjk((char) ch));
        if (!text) {
            return false;
        }
        String next = wordAfter(line, k);
        String after = wordAfter(line, k + 1 + next.length()); // the word one space on
        int glued = GluedValues.split(next); // a value its basis ran into ("≥85个【2022】36")
        String value = glued > 0 ? next.substring(0, glued) : next;
        return (Shapes.numericValue(value) || Shapes.deadline(value)) && !Shapes.measureInProse(after);
    }

    /** The word before the space at k (back to the space before it). */
    private static String wordBefore(String line, int k) {
        return line.substring(line.lastIndexOf(' ', k - 1) + 1, k);
    }

    /** The word after the space at k (up to the next space), empty past the line's end. */
    private static String wordAfter(String line, int k) {
        if (k >= line.length()) {
            return "";
        }
        int end = line.indexOf(' ', k + 1);
        return line.substring(k + 1, end < 0 ? line.length() : end);
    }

    /**
     * A piece of a name a narrow column wraps, two characters or more, all CJK, that a header-block label or a level
     * name starts with ("年度" of 年度总体目标, "数量指" of 数量指标): the next cell follows it, not its own text.
     */
    private static boolean namePiece(String t) {
        return t.length() >= 2 && t.chars().allMatch(ch -> cjk((char) ch))
                && (HeaderWords.labelPrefix(t) || Shapes.taxonomyPrefix(t));
    }

    /** Whether the space at k parts two letters of a letter-spaced word ("项 目 代 码"): single CJK letters. */
    private static boolean letterSpaced(String line, int k) {
        if (!single(line, k - 1) || !single(line, k + 1)) {
            return false;
        }
        // a word of three letters at least: two single characters one space apart are two narrow cells ("标 标")
        int letters = 2;
        for (int i = k - 3; i >= 0 && line.charAt(i + 1) == ' ' && single(line, i); i -= 2) {
            letters++;
        }
        for (int i = k + 3; i < line.length() && line.charAt(i - 1) == ' ' && single(line, i); i += 2) {
            letters++;
        }
        return letters >= LayoutText.MIN_SPACED_LETTERS;
    }

    private static boolean single(String line, int i) {
        boolean before = i == 0 || line.charAt(i - 1) == ' ';
        boolean after = i + 1 >= line.length() || line.charAt(i + 1) == ' ';
        return before && after && cjk(line.charAt(i));
    }
}
