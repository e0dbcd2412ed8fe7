package jixiao.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import jixiao.table.Meaning;

/**
 * The indicator grid's column header (一级指标 二级指标 三级指标 …), whose last cells may wrap onto the following
 * lines ("指标值确定依" / "据"): its column names and roles, how many lines it takes, and whether it prints most
 * names on lines of their own ({@code runLines}): a tool that does so prints every text run on a line of its own
 * (MuPDF's text output), so that cells on one baseline do not share a line in the body either.
 */
record ColumnHeader(List<String> names, List<Meaning> roles, int lineCount, boolean runLines) {
    /** Lines of one name each a header needs before its one-name-a-line printing says anything about the text. */
    private static final int RUN_LINE_NAMES = 3;

    /** No column header: the project's text does not have one where reading order puts it. */
    static final ColumnHeader NONE = new ColumnHeader(List.of(), List.of(), 0, false);

    ColumnHeader {
        names = List.copyOf(names);
        roles = List.copyOf(roles);
    }

    /** Whether a line opens a column header: it names 一级指标 and 二级指标 or 三级指标. */
    static boolean startsHeader(String line) {
        boolean l1 = false;
        boolean other = false;
        for (String t : line.strip().split("\\s+")) {
            Optional<Meaning> r = HeaderWords.column(t);
            if (r.isPresent()) {
                l1 |= r.get() == Meaning.LEVEL1;
                other |= r.get() == Meaning.LEVEL2 || r.get() == Meaning.LEVEL3;
            }
        }
        return l1 && other;
    }

    /**
     * Whether line i opens a column header, also one whose first names wrap ("一级指" / "标" / "二级指标 三级指标 …"):
     * a line of column words and pieces of them that, read on, opens with a whole column name and names 一级指标 and
     * 二级指标 or 三级指标.
     */
    static boolean startsAt(List<SourceLine> lines, int i) {
        String text = lines.get(i).text();
        if (startsHeader(text)) {
            return true;
        }
        if (!allColumnWords(text.strip().split("\\s+"))) {
            return false;
        }
        List<Meaning> roles = parse(lines, i).roles();
        if (roles.get(0) == Meaning.EXTRA) {
            return false; // a header opens with a whole column name; 年/度/绩/效/目/标 is a label set on end
        }
        return roles.contains(Meaning.LEVEL1) && (roles.contains(Meaning.LEVEL2) || roles.contains(Meaning.LEVEL3));
    }

    /**
     * The header starting at {@code lines.get(start)}, which {@link #startsAt} accepted. A line that ends a wrapped
     * name is part of the header only if its other words are column words too: the last character of a vertical
     * label with the label's text after it (标 1.推动…) ends the lines read. A line of pieces only that end the names
     * its line before cut, one each in order, ends them all (一级指 … 指标 指标值确 / 标 值 定依据).
     */
    static ColumnHeader parse(List<SourceLine> lines, int start) {
        List<String> names = new ArrayList<>(List.of(lines.get(start).text().split("\\s+")));
        int alone = names.size() == 1 ? 1 : 0; // lines holding one whole name and nothing else
        int wrapped = 0; // lines holding the first piece of a wrapped name and nothing else: any text prints those so
        int several = names.size() > 1 ? 1 : 0; // lines holding more than one name
        boolean lastAlone = alone == 1;
        int lineStart = 0; // where the names of the line before begin
        int k = start + 1;
        while (k < lines.size() && !startsHeader(lines.get(k).text())) {
            String[] tokens = lines.get(k).text().split("\\s+");
            String last = names.get(names.size() - 1);
            List<Integer> cut = cutNames(names, lineStart);
            if (tokens.length > 1 && tokens.length == cut.size() && endsAll(names, cut, tokens)) {
                for (int j = 0; j < tokens.length; j++) { // 一级指 … 指标 指标值确 / 标 值 定依据
                    names.set(cut.get(j), names.get(cut.get(j)) + tokens[j]);
                }
                lastAlone = false;
                several++;
                lineStart = names.size();
            } else if (continues(last, tokens[0]) && allColumnWords(Arrays.copyOfRange(tokens, 1, tokens.length))) {
                alone -= lastAlone ? 1 : 0;
                wrapped += lastAlone ? 1 : 0;
                lastAlone = false;
                names.set(names.size() - 1, last + tokens[0]);
                lineStart = names.size() - 1;
                for (int i = 1; i < tokens.length; i++) {
                    names.add(tokens[i]);
                }
                several += tokens.length > 1 ? 1 : 0;
            } else if (allColumnWords(tokens)) {
                lineStart = names.size();
                names.addAll(List.of(tokens));
                lastAlone = tokens.length == 1;
                alone += lastAlone ? 1 : 0;
                several += tokens.length > 1 ? 1 : 0;
            } else {
                break;
            }
            k++;
        }
        List<Meaning> roles = new ArrayList<>();
        for (String n : names) {
            roles.add(HeaderWords.column(n).orElse(Meaning.EXTRA));
        }
        valueBeforeBasis(names, roles);
        return new ColumnHeader(names, roles, k - start, alone + wrapped >= RUN_LINE_NAMES && alone > several);
    }

    /** Whether two header names side by side are a basis and then the value it is the basis of: set out of order. */
    static boolean basisFirst(Meaning before, Meaning after) {
        return before == Meaning.BASIS && after == Meaning.VALUE;
    }

    /**
     * Puts a value's basis after the value where the header's lines set it just before (指标值确定依据 is the basis the
     * value was set on, printed right of it; a tool shifting a header line of narrow cells prints it first).
     */
    private static void valueBeforeBasis(List<String> names, List<Meaning> roles) {
        for (int i = 0; i + 1 < roles.size(); i++) {
            if (basisFirst(roles.get(i), roles.get(i + 1))) {
                Collections.swap(names, i, i + 1);
                Collections.swap(roles, i, i + 1);
            }
        }
    }

    /** The names from {@code from} on that are pieces of a known name, not one: cut by their cells' wraps. */
    private static List<Integer> cutNames(List<String> names, int from) {
        List<Integer> out = new ArrayList<>();
        for (int i = from; i < names.size(); i++) {
            if (!HeaderWords.exactColumn(names.get(i)) && HeaderWords.columnPrefix(names.get(i))) {
                out.add(i);
            }
        }
        return out;
    }

    /** Whether the pieces of a line end the cut names of the line before, in order, each into a known name. */
    private static boolean endsAll(List<String> names, List<Integer> cut, String[] tokens) {
        for (int j = 0; j < tokens.length; j++) {
            if (!HeaderWords.exactColumn(names.get(cut.get(j)) + tokens[j])) {
                return false;
            }
        }
        return true;
    }

    private static boolean continues(String last, String next) {
        if (!HeaderWords.columnPrefix(last)) {
            return false;
        }
        String joined = last + next;
        if (HeaderWords.hasOpenParen(last)) {
            return true;
        }
        if (HeaderWords.exactColumn(last) && HeaderWords.exactColumn(next)) {
            return false; // two whole names on lines of their own (指标值 / 指标值确定依据): two columns
        }
        return HeaderWords.columnPrefix(joined) || HeaderWords.column(joined).isPresent()
                && HeaderWords.column(joined).get() != HeaderWords.column(last).orElse(null);
    }

    private static boolean allColumnWords(String[] tokens) {
        for (String t : tokens) {
            if (HeaderWords.column(t).isEmpty() && !HeaderWords.columnPrefix(t)) {
                return false;
            }
        }
        return true;
    }

    int indexOf(Meaning r) {
        return roles.indexOf(r);
    }
}
