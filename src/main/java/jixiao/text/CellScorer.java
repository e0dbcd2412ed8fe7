package jixiao.text;

import java.util.List;
import java.util.regex.Pattern;

import jixiao.table.Meaning;

/**
 * How well some lines fit as one cell of a column: by content (taxonomy names, value and basis shapes) and by the
 * column's wrap width (every line but the last is full, no line is wider than the column). Scores are additive,
 * roughly log-odds: positive is evidence for, negative against.
 */
final class CellScorer {
    /**
     * Punctuation that parts clauses: an indicator's name and a basis are phrases without it (none of the golds'),
     * a description or value may have it.
     */
    private static final Pattern CLAUSE = Pattern.compile("[，。；]");
    /** A date with the word that closes it ("12月底前", "年底", "6月内"): a month alone may still go on. */
    private static final Pattern DEADLINE_END = Pattern.compile("\\d月\\S*[底末前内]$|[底末]前?$");
    /** What a value cell's date closed by its end word scores above one that may still go on ("10月" / "底前"). */
    private static final double CLOSED_DEADLINE = 0.5;

    private CellScorer() {
    }

    static double score(Meaning role, List<String> lines, ColumnWidth width) {
        String text = String.join("", lines);
        return content(role, text, lines.isEmpty() ? "" : lines.get(0)) + width(lines, width);
    }

    static double content(Meaning role, String text) {
        return content(role, text, text);
    }

    static double content(Meaning role, String text, String first) {
        String c = Shapes.compact(text);
        return fragment(c) + switch (role) {
            case LEVEL1 -> Shapes.isLevel1(c) ? 6 : c.matches(".{1,8}指标") ? -3 : -30;
            case LEVEL2 -> Shapes.isLevel2(c) ? 6 : c.matches(".{1,10}指标") ? -1 : -30;
            case LEVEL3 -> nameLike(text, c, first) + clauses(c);
            case DESCRIPTION -> nameLike(text, c, first);
            case VALUE -> value(text, c);
            case BASIS -> basis(text, c, first) + clauses(c);
            case OP -> Shapes.op(c) ? 4 : -10;
            case MEASURE_UNIT -> Shapes.measureUnit(c) ? 2 : -6;
            default -> 0;
        };
    }

    /**
     * A cell does not start with closing punctuation, 的 or 号 (the end of a document number wrapped onto a line of
     * its own), nor end with a comma or opening punctuation.
     */
    /** Against a name or basis holding clause punctuation ({@link #CLAUSE}). */
    private static double clauses(String c) {
        return CLAUSE.matcher(c).find() ? -3 : 0;
    }

    private static double fragment(String c) {
        if (c.isEmpty()) {
            return 0;
        }
        double s = 0;
        if ("，、。；：）)】〕》”的号".indexOf(c.charAt(0)) >= 0) {
            s -= 2.5;
        }
        if ("，、（(【〔《“".indexOf(c.charAt(c.length() - 1)) >= 0) {
            s -= 2.5;
        }
        return s;
    }

    private static double nameLike(String text, String c, String first) {
        double s = Shapes.unitOnly(first) ? -3 : 0;
        if (Shapes.numericValue(text) || Shapes.deadline(c)) {
            s -= 6;
        }
        if (Shapes.docNumber(c)) {
            s -= 5;
        }
        if (Shapes.isTaxonomy(c)) {
            s -= 8;
        }
        if (Shapes.amountPart(c)) {
            s -= 3;
        }
        return s;
    }

    private static double value(String text, String c) {
        if (Shapes.docNumber(c) && !Shapes.numericValue(text)) {
            return -6;
        }
        if (Shapes.isTaxonomy(c)) {
            return -8;
        }
        if (Shapes.numericValue(text) || Shapes.deadline(c)) {
            return DEADLINE_END.matcher(c).find() ? 3 + CLOSED_DEADLINE : 3;
        }
        if (c.matches(".*\\d.*") && c.length() <= 12) {
            return 0.5;
        }
        return Shapes.qualitative(c) ? 1.5 : 0;
    }

    private static double basis(String text, String c, String first) {
        if (Shapes.isTaxonomy(c)) {
            return -8;
        }
        if (Shapes.unitOnly(c)) {
            return -6; // a unit alone is the end of the value before it ("90 吨"), never a basis
        }
        if (Shapes.unitOnly(first)) {
            return -3;
        }
        if (Shapes.numericValue(text) || Shapes.deadline(c)) {
            return -6;
        }
        double s = 0;
        if (Shapes.docNumber(c)) {
            int end = c.lastIndexOf('号');
            s += end >= 0 && c.length() - end - 1 > 2 ? 1 : 4; // a document number ends the basis
            if (Shapes.issuedNumber(c)) { // printed with its issuer: one without lost it to the cell before
                s += end >= 0 ? 2.5 : 1; // the full weight once the number is whole (its 号 in)
            }
        } else if (Shapes.basisWord(c)) {
            s += 1.5;
        }
        return s;
    }

    /**
     * What an open cell, which may still grow, could still score above its present content score: a level cell
     * whose text begins a taxonomy name may complete it, a basis may still reach its document number.
     */
    static double openAllowance(Meaning role, String text) {
        String c = Shapes.compact(text);
        double now = content(role, text);
        double best = switch (role) {
            case LEVEL1, LEVEL2 -> Shapes.taxonomyPrefix(c) ? 6 : now;
            case BASIS -> Shapes.numericValue(text) ? now : 4;
            default -> now;
        };
        return Math.max(0, best - now);
    }

    /** Width fit against the column's width ({@link ColumnWidth}; unknown widths are 0). */
    static double width(List<String> lines, ColumnWidth column) {
        double width = column.wrap();
        int k = lines.size();
        int[] w = new int[k];
        int max = 0;
        for (int i = 0; i < k; i++) {
            w[i] = Width.of(lines.get(i));
            max = Math.max(max, w[i]);
        }
        double s = 0;
        if (width > 0) {
            // the widest line may hold curly quotes or Latin letters narrower than counted: where full lines of
            // Chinese characters show the column's width, a line has room only by that width
            double room = column.full() > 0 ? Math.min(width, column.full() + 1) : width;
            for (int i = 0; i < k; i++) {
                if (w[i] > width + 2) {
                    s -= 4 + 0.5 * (w[i] - width - 2);
                }
                int withNext = i < k - 1 ? w[i] + Width.firstUnit(lines.get(i + 1)) : Integer.MAX_VALUE;
                if (withNext <= room - 2) {
                    s -= 3;
                } else if (withNext <= column.full() && Width.brokenBeforeHan(lines.get(i), lines.get(i + 1))) {
                    s -= 3; // a line of Chinese characters shorter than the column's full lines: room for one more
                } else if (shortInside(lines, w, i)) {
                    s -= 3;
                }
            }
            if (w[k - 1] >= width - 1) {
                s -= 1.2; // a cell rarely ends exactly at the column edge; a wrapped one always does
            }
            return s;
        }
        if (k < 2) {
            return 0;
        }
        for (int i = 0; i < k - 1; i++) {
            if (w[i] + Width.firstUnit(lines.get(i + 1)) <= max - 2 || shortInside(lines, w, i)) {
                s -= 2.5;
            }
        }
        return s;
    }

    /**
     * Whether line i, between two lines of the cell, had room for the next line's first word by the line above it:
     * the line above shows how much the column holds, and a wrapped cell breaks a line only where the next word does
     * not fit (a short qualitative value between a wrapped name and the next one is a cell of its own).
     */
    private static boolean shortInside(List<String> lines, int[] w, int i) {
        return i > 0 && i < lines.size() - 1 && w[i] < w[i - 1]
                && w[i] + Width.firstUnit(lines.get(i + 1)) <= w[i - 1]
                && Shapes.qualitativePhrase(Shapes.compact(lines.get(i)));
    }

    /** Evidence that two cells of a row are the level-3 name and its description. */
    static double nameAndDescription(String l3, String desc) {
        String a = Shapes.compact(l3);
        String b = Shapes.compact(desc);
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        if (a.equals(b)) {
            return 3;
        }
        if (a.startsWith(b) || b.startsWith(a)) {
            return Math.min(a.length(), b.length()) >= 4 ? 2.5 : 1.5;
        }
        if (a.contains(b) || b.contains(a)) {
            return Math.min(a.length(), b.length()) >= 4 ? 2 : 1;
        }
        int p = 0;
        while (p < Math.min(a.length(), b.length()) && a.charAt(p) == b.charAt(p)) {
            p++;
        }
        return p >= 2 ? 1 : 0;
    }

    /** Penalty for a row without a cell in a column of this role. */
    static double missing(Meaning role) {
        return switch (role) {
            case LEVEL3 -> -6;
            case VALUE -> -6;
            case DESCRIPTION -> -3;
            case BASIS -> -2.5;
            case OP -> -2;
            case MEASURE_UNIT -> -1.5;
            default -> -0.5;
        };
    }
}
