package jixiao.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text whose producer set a gap between Chinese characters and Latin letters or digits ("autospace": Writer's and
 * Word's default for East Asian text), which extraction tools print as a space: "2024 年", "3 月底", "甲 64 台 CT".
 * Such a space is no cell boundary; the document's own strings have none there. Told by dates, which every budget
 * document prints: in autospaced text most of "2024年" and "3月底" come with the space, in other text next to none.
 */
final class Autospace {
    /** Dates and document numbers written with the gap: the digits, the space, the date word. */
    private static final Pattern SPACED_DATE = Pattern.compile("(?<=\\d) (?=[年月日号])");
    /** The same written without the gap. */
    private static final Pattern DATE = Pattern.compile("\\d[年月日号]");
    /** Months written with the gap ("3 月底") and without it. */
    private static final Pattern SPACED_MONTH = Pattern.compile("\\d 月");
    private static final Pattern MONTH = Pattern.compile("\\d月");
    /** Stands for an autospace gap inside a chunk of space-aligned text: no space to the layout reader. */
    static final char MARK = '\uE000';
    /**
     * The gap between Chinese text and a bare whole number that ends the chunk (end of line or two spaces on) or
     * stands one space before another number with its unit or sign (the value beside it: "…甲乙 200 1447 元", the
     * text wrapping on under it), or a year (冀财农 2022年160号: a document number's year is no value).
     */
    private static final Pattern TRAILING_NUMBER = Pattern.compile(
            "(?<=\\p{IsHan}) (?=\\d{1,4}(?:$| {2}| [≥≤]?\\d[\\d.,]*(?:%| |$))|(?:19|20)\\d{2}年)", Pattern.MULTILINE);
    /**
     * The gap between a bare whole number that starts a chunk and the Chinese text after it ("65 岁甲乙…"):
     * the number is the text's first word, not a value one space before it (a value has a unit, a sign or decimals;
     * a number before its unit alone is a value).
     */
    private static final Pattern LEADING_NUMBER = Pattern.compile("(?<=(?:^| )\\d{1,4}) (?=\\p{IsHan})",
            Pattern.MULTILINE);
    /** A Latin word (IP, DR, PE) one space after a Chinese character and one space before another. */
    private static final Pattern LATIN_WORD = Pattern.compile("(\\p{IsHan}) ([A-Za-z][A-Za-z0-9]{0,7}) (?=\\p{IsHan})");
    /** A Latin word one space after a Chinese character that ends its chunk ("甲 64 台 CT   "): the gap before it. */
    private static final Pattern LATIN_END = Pattern.compile("(?<=\\p{IsHan}) (?=[A-Za-z][A-Za-z0-9]{0,7}(?: {2}|$))",
            Pattern.MULTILINE);
    /** A year that a date word follows. */
    private static final Pattern YEAR_AFTER = Pattern.compile("(?:19|20)\\d{2}年");
    /** Lines above and below a year looked through for the column it starts. */
    private static final int NEAR_LINES = 2;
    /** Lines under a number looked through for its wrapped unit. */
    private static final int UNIT_LINES = 3;
    /** Spaced dates a text needs before it counts as autospaced. */
    private static final int MIN_SPACED = 3;
    /** A gap between a Chinese character and a Latin letter or digit, either way round. */
    private static final Pattern GAP = Pattern.compile("(?<=[\\p{IsHan}）】〕》”]) (?=[0-9A-Za-z≥≤<>])"
            + "|(?<=[0-9A-Za-z%]) (?=[\\p{IsHan}（【〔《“])");

    private Autospace() {
    }

    /**
     * Whether the text is autospaced: spaced dates, three at least, outnumber the unspaced ones, in all or in months
     * alone (a tool may print a document number's serial closed up to its 号 where the gap is narrow).
     */
    static boolean of(String text) {
        int spaced = count(SPACED_DATE.matcher(text));
        int months = count(SPACED_MONTH.matcher(text));
        return spaced >= MIN_SPACED && spaced > count(DATE.matcher(text))
                || months >= MIN_SPACED && months > count(MONTH.matcher(text));
    }

    /**
     * The text with its dates closed up ("3 月底" to "3月底", "【2022】71 号" to "【2022】71号"): digits followed by
     * a date word are one cell in any table, so the readers see them as in text without the gap.
     */
    static String closeDates(String text) {
        return closeDates(text, false);
    }

    /**
     * The text with its dates closed up; with {@code keepColumns} (space-aligned text) each space taken out of a
     * date is put back where the date's chunk ends, at the next run of spaces on its line, so that the text after
     * it keeps its column.
     */
    static String closeDates(String text, boolean keepColumns) {
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("\n", -1)) {
            StringBuilder sb = new StringBuilder(line);
            List<Integer> at = new ArrayList<>();
            Matcher m = SPACED_DATE.matcher(line);
            while (m.find()) {
                if (!keepColumns || datePart(line, m.start())) {
                    at.add(m.start());
                }
            }
            for (int k = at.size() - 1; k >= 0; k--) {
                int p = at.get(k);
                sb.deleteCharAt(p);
                int gap = keepColumns ? sb.indexOf("  ", p) : -1;
                if (gap >= 0) {
                    sb.insert(gap, ' ');
                }
            }
            out.append(sb).append('\n');
        }
        out.setLength(out.length() - 1);
        return out.toString();
    }

    /**
     * Whether the number before the space at {@code gap} can be what the date word after it counts: a year of 19xx or
     * 20xx, a month 1-12, a day 1-31, any serial before 号. In space-aligned text one space may part two columns: a
     * value "≥100" set one space before a basis starting with 年 ("年度…") is no date.
     */
    private static boolean datePart(String line, int gap) {
        int from = gap;
        while (from > 0 && Character.isDigit(line.charAt(from - 1))) {
            from--;
        }
        String digits = line.substring(from, gap);
        char word = line.charAt(gap + 1);
        if (word == '号') {
            return true;
        }
        int n = digits.length() > 4 ? -1 : Integer.parseInt(digits);
        return switch (word) {
            case '年' -> digits.length() == 4 && n >= 1900 && n < 2100;
            case '月' -> n >= 1 && n <= 12;
            case '日' -> n >= 1 && n <= 31;
            default -> true;
        };
    }

    /** The text of one cell or line with its autospace gaps (and their marks) removed. */
    static String remove(String text) {
        return GAP.matcher(text.replace(String.valueOf(MARK), "")).replaceAll("");
    }

    /**
     * Space-aligned text with the gap before a bare number that ends a run of Chinese text marked ({@link #MARK} in
     * place of the space, so that the columns stay): "…下达文件后 30" wrapped on to "日内…" below is one cell's line,
     * where the layout reader would take a number one space after text for a value pushed out of its column. A
     * value has a unit, a sign or decimals; a bare whole number at the end of a line of text is the text's, and so
     * is a year, but for one after a value with its unit ("4133 人 2022年": the basis's year one gap on) and for a
     * number whose unit wrapped under it ("…甲乙 100" over "%": the value, one space after the text). So too
     * the gap after a bare number that starts a chunk before Chinese text other than its unit ("65 岁甲乙…": the
     * text's first word).
     */
    static String markTrailingNumbers(String text) {
        StringBuilder trailing = new StringBuilder(text);
        Matcher t = TRAILING_NUMBER.matcher(text);
        while (t.find()) {
            if (!Shapes.numericValue(wordBefore(text, t.start())) && !yearStartsColumn(text, t.start())
                    && !unitUnder(text, numberEnd(text, t.start() + 1))) {
                trailing.setCharAt(t.start(), MARK);
            }
        }
        String marked = trailing.toString();
        StringBuilder out = new StringBuilder(marked);
        Matcher m = LEADING_NUMBER.matcher(marked);
        while (m.find()) {
            if (!Shapes.unitOnly(firstWord(marked, m.end()))
                    && !unitBelow(marked, m.start())) {
                out.setCharAt(m.start(), MARK); // "246 家" is a value with its unit
            }
        }
        return out.toString();
    }

    /** Whether the bare number ending at {@code end} (not a year) has its unit alone under it ({@link #unitBelow}). */
    private static boolean unitUnder(String text, int end) {
        return (end >= text.length() || text.charAt(end) != '年') && unitBelow(text, end);
    }

    /** Where the digits starting at {@code from} end. */
    private static int numberEnd(String text, int from) {
        int end = from;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /**
     * Whether the gap at {@code at} comes before a year ("甲乙 2022年") that starts where a chunk starts on a line
     * just above and on one just below ({@link #NEAR_LINES} at most), those lines blank under the text before the
     * gap: the year is the middle line of the next column's cell (a document number's issuer over it, its serial
     * under it), one space after the cell before it, not that cell's text.
     */
    private static boolean yearStartsColumn(String text, int at) {
        if (!YEAR_AFTER.matcher(text).region(at + 1, text.length()).lookingAt()) {
            return false;
        }
        int lineStart = text.lastIndexOf('\n', at) + 1;
        int col = at + 1 - lineStart;
        int before = Math.max(0, col - 1 - wordBefore(text, at).length());
        boolean above = false;
        int from = lineStart;
        for (int n = 0; n < NEAR_LINES && from > 0 && !above; n++) {
            from = text.lastIndexOf('\n', from - 2) + 1;
            above = startsAt(text.substring(from, text.indexOf('\n', from)), col, before);
        }
        boolean below = false;
        int next = text.indexOf('\n', at);
        for (int n = 0; n < NEAR_LINES && next >= 0 && !below; n++) {
            int end = text.indexOf('\n', next + 1);
            below = startsAt(text.substring(next + 1, end < 0 ? text.length() : end), col, before);
            next = end;
        }
        return above && below;
    }

    /** Whether a chunk of the line starts at column {@code col} (one off at most), the line blank from {@code from}. */
    private static boolean startsAt(String line, int col, int from) {
        for (int c = col - 1; c <= col + 1 && c < line.length(); c++) {
            if (line.charAt(c) != ' ' && (c == 0 || line.charAt(c - 1) == ' ') && from <= c
                    && line.substring(from, c).isBlank()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Space-aligned text with the gaps around a Latin word set between Chinese characters marked ({@link #MARK}):
     * "甲乙 IP 丙" is one cell's line (a name with a Latin abbreviation in it), not three words a reader may part
     * into cells; so is the gap before a Latin word ending a chunk of Chinese text ("甲 64 台 CT"), but after a
     * level name. Bare numbers are left to {@link #markTrailingNumbers}: a number one space after text may be a value.
     */
    static String markLatinWords(String text) {
        StringBuilder latin = new StringBuilder(text);
        Matcher w = LATIN_WORD.matcher(text);
        while (w.find()) {
            if (!repeatsAt(text, w.start(2) - 1)) {
                latin.setCharAt(w.start(2) - 1, MARK);
            }
            if (!repeatsAt(text, w.end(2))) {
                latin.setCharAt(w.end(2), MARK);
            }
        }
        String marked = latin.toString();
        StringBuilder out = new StringBuilder(marked);
        Matcher m = LATIN_END.matcher(marked);
        while (m.find()) {
            if (!Shapes.taxonomyPrefix(Shapes.compact(wordBefore(marked, m.start())))) { // "数量指 AB…": a level name
                out.setCharAt(m.start(), MARK);
            }
        }
        return out.toString();
    }

    /**
     * Whether the text of its chunk after the gap at {@code at} starts with the text before it, a whole word: two
     * cells of one text side by side (a level 3 name and its description alike, "AB 甲乙丙 AB 甲乙丙",
     * "甲 64 台 CT 甲 64 台 CT 90.00 万元"), not a gap inside one.
     */
    private static boolean repeatsAt(String text, int at) {
        String left = wordBefore(text, at);
        String right = wordAfter(text, at + 1);
        return !left.isEmpty() && right.startsWith(left)
                && (right.length() == left.length() || right.charAt(left.length()) == ' ');
    }

    /** The word of the text at {@code from}: up to the next space or the line's end. */
    private static String firstWord(String text, int from) {
        int end = from;
        while (end < text.length() && text.charAt(end) != ' ' && text.charAt(end) != '\n') {
            end++;
        }
        return text.substring(from, end);
    }

    /**
     * Whether the next text under the number ending at {@code at} (a later line with something in the number's
     * columns, three lines on at most) is its unit alone: "1191 甲乙丙" over "人  丁" is a value whose unit
     * wrapped and the next column's cell one gap on, not a text starting with a number.
     */
    private static boolean unitBelow(String text, int at) {
        int lineStart = text.lastIndexOf('\n', at - 1) + 1;
        int numberStart = at;
        while (numberStart > lineStart && Character.isDigit(text.charAt(numberStart - 1))) {
            numberStart--;
        }
        int from = numberStart - lineStart;
        int to = at - lineStart;
        int next = text.indexOf('\n', at);
        for (int n = 0; n < UNIT_LINES && next >= 0; n++) {
            int end = text.indexOf('\n', next + 1);
            String line = text.substring(next + 1, end < 0 ? text.length() : end);
            next = end;
            if (line.length() <= from || line.substring(from, Math.min(to, line.length())).isBlank()) {
                continue;
            }
            int s = from;
            while (s > 0 && line.charAt(s - 1) != ' ') {
                s--;
            }
            while (line.charAt(s) == ' ') {
                s++;
            }
            int e = line.indexOf("  ", s);
            return Shapes.unitOnly(line.substring(s, e < 0 ? line.length() : e).strip());
        }
        return false;
    }

    /**
     * The text of space-aligned text's chunk before position {@code at} on its line: from the last run of two spaces
     * or more (a column gap) or the line's start.
     */
    private static String wordBefore(String text, int at) {
        int line = text.lastIndexOf('\n', at - 1) + 1;
        int gap = text.lastIndexOf("  ", at - 1);
        return text.substring(gap < line ? line : gap + 2, at).strip();
    }

    /** The text of space-aligned text's chunk from position {@code at} on its line: up to a column gap or its end. */
    private static String wordAfter(String text, int at) {
        int line = text.indexOf('\n', at);
        int end = line < 0 ? text.length() : line;
        int gap = text.indexOf("  ", at);
        return text.substring(at, gap >= 0 && gap < end ? gap : end).strip();
    }

    /** Whether a space between these two pieces of one line may be an autospace gap (not a cell boundary). */
    static boolean gap(String left, String right) {
        return !left.isEmpty() && !right.isEmpty() && GAP.matcher(left.charAt(left.length() - 1) + " "
                + right.charAt(0)).find();
    }

    private static int count(Matcher m) {
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
