package jixiao.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Puts back a header that a page break cut: a page ending with the column header's line, its last names cut
 * ("… 指标值 指标值确定依"), and the next page opening with a line holding only the rest of those names ("据"); or a
 * page ending with the pieces of a header-block label wrapped one a line at the margin ("预算规模" / "及资金用") and
 * the next page opening with its last piece alone ("途"), or at the margin of one of its first lines, the lines above
 * it holding the row's other cells. The rest belongs with its header, not atop the next page.
 */
final class CutHeaders {
    /** What parts the words of a line (a tight header sets its names one space apart). */
    private static final Pattern GAP = Pattern.compile("\\s+");
    /** The longest last piece of a wrapped label looked for at a page's top (途, 金, 称). */
    private static final int MAX_LABEL_END = 3;
    /** The longest piece of a wrapped label looked for among a page's first lines (及资金用). */
    private static final int MAX_LABEL_PIECE = 4;
    /** The most lines a wrapped label's pieces before the page break take. */
    private static final int MAX_LABEL_LINES = 4;

    private CutHeaders() {
    }

    /** The pages (each its lines), with the rest of each cut header moved to the end of the page before. */
    static List<String[]> rejoin(List<String[]> pages) {
        List<String[]> out = new ArrayList<>(pages);
        for (int p = 1; p < out.size(); p++) {
            String[] before = out.get(p - 1);
            String[] page = out.get(p);
            int last = lastText(before);
            int first = firstText(page);
            if (last < 0 || first < 0) {
                continue;
            }
            if (!completes(before[last], page[first]) && !endsLabel(before, last, page[first])) {
                List<Integer> pieces = labelPiecesBelow(before, last, page, first);
                if (!pieces.isEmpty()) {
                    String[] longer = Arrays.copyOf(before, last + 1 + pieces.size());
                    String[] shorter = page.clone();
                    for (int k = 0; k < pieces.size(); k++) {
                        String line = page[pieces.get(k)];
                        int end = indent(line) + words(line).get(0).length();
                        longer[last + 1 + k] = line.substring(0, end);
                        shorter[pieces.get(k)] = " ".repeat(end) + line.substring(end);
                    }
                    out.set(p - 1, longer);
                    out.set(p, shorter);
                }
                continue;
            }
            String[] longer = new String[last + 2];
            System.arraycopy(before, 0, longer, 0, last + 1);
            longer[last + 1] = page[first];
            String[] shorter = page.clone();
            shorter[first] = "";
            out.set(p - 1, longer);
            out.set(p, shorter);
        }
        return out;
    }

    /**
     * Whether every word of {@code rest} completes a column name cut at the end of {@code header}'s words, which
     * are column names or such cut names ("指标值确定依" + "据").
     */
    static boolean completes(String header, String rest) {
        List<String> names = words(header);
        List<String> ends = words(rest);
        if (names.size() < 3 || ends.isEmpty() || ends.size() > names.size()
                || !names.stream().allMatch(n -> HeaderWords.exactColumn(n) || HeaderWords.columnPrefix(n))) {
            return false;
        }
        for (String end : ends) {
            if (names.stream().noneMatch(n -> !HeaderWords.exactColumn(n) && HeaderWords.exactColumn(n + end))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code rest}, one short word alone, ends a header-block label whose pieces start the last lines of the
     * page before (at the margin, the piece's own column or left of it): the pieces make no label without it.
     */
    static boolean endsLabel(String[] before, int last, String rest) {
        List<String> ends = words(rest);
        return ends.size() == 1 && ends.get(0).length() <= MAX_LABEL_END
                && labelAbove(before, last, indent(rest), ends.get(0), false);
    }

    /**
     * Whether pieces starting the last lines of a page (at column {@code at} or left of it) make a label with
     * {@code end} after them and none without it, or ({@code longer}) a longer label than without it (预算规模 and
     * 预算规模及资金用途 are both labels).
     */
    private static boolean labelAbove(String[] before, int last, int at, String end, boolean longer) {
        String joined = "";
        int line = last;
        for (int k = 0; k < MAX_LABEL_LINES && line >= 0; k++, line--) {
            if (before[line].isBlank() || indent(before[line]) > at) {
                return false;
            }
            joined = words(before[line]).get(0) + joined;
            boolean whole = HeaderWords.label(joined).isPresent();
            if ((!whole || longer) && HeaderWords.label(joined + end).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The lines of the page's first few whose first words, at the margin, complete a label cut at the end of the page
     * before ({@link #endsLabel}: "及资金用" … "途"), the other lines among them starting right of those words (the
     * label's row went on across the page break, its other cells' lines between its pieces); none when they make no
     * label.
     */
    private static List<Integer> labelPiecesBelow(String[] before, int last, String[] page, int first) {
        List<Integer> pieces = new ArrayList<>();
        String joined = "";
        int column = indent(before[last]) + words(before[last]).get(0).length(); // the label's, as its pieces end
        int seen = 0;
        for (int f = first; f < page.length && seen < MAX_LABEL_LINES; f++) {
            if (page[f].isBlank()) {
                continue;
            }
            seen++;
            int at = indent(page[f]);
            String word = words(page[f]).get(0);
            if (at >= column) {
                continue; // a line of the row's other cells
            }
            if (word.length() > MAX_LABEL_PIECE) {
                return List.of();
            }
            pieces.add(f);
            joined += word;
            if (labelAbove(before, last, at, joined, joined.length() > 1 && HeaderWords.label(joined).isEmpty())) {
                return pieces;
            }
        }
        return List.of();
    }

    private static int indent(String line) {
        return line.length() - line.stripLeading().length();
    }

    private static List<String> words(String line) {
        List<String> out = new ArrayList<>();
        for (String w : GAP.split(line.strip())) {
            if (!w.isBlank()) {
                out.add(w.strip());
            }
        }
        return out;
    }

    private static int lastText(String[] lines) {
        for (int i = lines.length - 1; i >= 0; i--) {
            if (!lines[i].isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static int firstText(String[] lines) {
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                return i;
            }
        }
        return -1;
    }
}
