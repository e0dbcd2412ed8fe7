package jixiao.text;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jixiao.text.LayoutText.Chunk;

/**
 * A value run into the cell after it with no space between: a layout tool setting text on a coarse grid of
 * characters (a pitch wider than a digit) closes the gap between a value and its basis, "12.5单位确定项",
 * "300元/人〔2023〕8", "100%调查问卷", "50.00其他资", or a project code and the label after it. Read as one chunk,
 * value and basis stand in one column and rows lose their values to their neighbours.
 */
final class GluedValues {
    /** A value's leading number: an operator, digits with thousands separators and decimals. */
    private static final Pattern LEADING = Pattern.compile("^(?:≥|≤|>|<|＞|＜|=)?\\d[\\d,]*(?:\\.\\d+)?");
    /**
     * Two amounts with cents run together ("1,234.001,234.00": 资金总额 and 财政拨款 of a header block whose
     * amounts fill their cells): the first ends two digits after its decimal point.
     */
    private static final Pattern TWO_AMOUNTS = Pattern.compile("(\\d[\\d,]*\\.\\d{2})\\d[\\d,]*\\.\\d{2}");
    /** A project code's letters and digits at a chunk's start ("13012923P00921U5161LW"). */
    private static final Pattern CODE = Pattern.compile("^(?=[0-9A-Za-z]*\\d)[0-9A-Za-z]{10,}");
    /** The opening of a document number (〔2023〕8号). */
    private static final String OPENING = "〔【[";

    private GluedValues() {
    }

    /** The chunk, or its value and what ran into it as two chunks; {@code cjkWidth}: columns a CJK letter takes. */
    static List<Chunk> parted(Chunk c, double cjkWidth) {
        int k = split(c.text());
        if (k < 0) {
            return List.of(c);
        }
        double rest = 0;
        for (int i = k; i < c.text().length(); i++) {
            rest += LayoutText.cjk(c.text().charAt(i)) ? cjkWidth : 1;
        }
        return List.of(new Chunk(c.text().substring(0, k), c.line(), c.x0(), c.x1() - (int) Math.round(rest)),
                new Chunk(c.text().substring(k), c.line(), c.x0() + k, c.x1()));
    }

    /**
     * Where a chunk parts into its value and the basis run into it, or -1: before the opening bracket of a document
     * number that follows a whole value, or after a number with a decimal point, thousands separators or a percent
     * sign followed by the words of a basis (确定, 批示, 问卷 …) or by a header-block label or its beginning (an amount
     * run into the next label: 50.00其他资), or between two amounts with cents ({@link #TWO_AMOUNTS}), or after a
     * project code run into the next label (…5161LW主管部门). Values with
     * their units (5.87万元, 12月底前) and numbers in text (2023年度考核) are whole.
     */
    static int split(String text) {
        Matcher two = TWO_AMOUNTS.matcher(text);
        if (two.matches()) {
            return two.end(1);
        }
        Matcher code = CODE.matcher(text);
        if (code.lookingAt() && code.end() < text.length() && LayoutText.cjk(text.charAt(code.end()))) {
            return HeaderWords.label(text.substring(code.end())).isPresent() ? code.end() : -1;
        }
        Matcher m = LEADING.matcher(text);
        if (!m.lookingAt() || Shapes.numericValue(text) || Shapes.deadline(text)) {
            return -1;
        }
        for (int b = m.end(); b < text.length(); b++) {
            if (OPENING.indexOf(text.charAt(b)) >= 0) {
                boolean split = Shapes.numericValue(text.substring(0, b)) && Shapes.docNumber(text.substring(b));
                return split ? b : -1;
            }
        }
        int k = m.end();
        boolean percent = k < text.length() && "%‰％".indexOf(text.charAt(k)) >= 0;
        k += percent ? 1 : 0;
        boolean number = percent || m.group().contains(".") || m.group().contains(",");
        String rest = text.substring(k);
        boolean next = Shapes.basisWord(rest) || HeaderWords.label(rest).isPresent() || HeaderWords.labelPrefix(rest);
        return number && k < text.length() && LayoutText.cjk(text.charAt(k)) && next ? k : -1;
    }
}
