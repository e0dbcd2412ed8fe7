package jixiao.text;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import jixiao.table.HeaderVocabulary;
import jixiao.table.Meaning;

/**
 * Text that prints every table cell as a block of its own, parted from the next by a blank line, and orders the
 * blocks by its own column detection (poppler's {@code pdftotext} with no flags). A row's cells then come one block
 * after another in column order as long as the blocks keep their places, but a merged 一级/二级指标 cell, a cell
 * wrapped over more lines than its row's others, or a whole column of such cells may be moved among other rows. Where
 * a decoded row shows a moved block, the rows can no longer be told apart by order: they are reported, not guessed.
 */
final class CellBlocks {
    /**
     * Share of a body's indicator values standing alone on a line after a blank line from which its cells are blocks
     * of their own: 0.67 and up in text by pdftotext without flags, 0.57 at most in MuPDF's text (a row a block, so
     * a value follows its row's other cells), none in text that keeps a baseline's cells on one line (pdftotext -raw
     * and -layout).
     */
    private static final double VALUE_BLOCKS = 0.62;
    /** Values a body needs before their blocks say anything about the text. */
    private static final int MIN_VALUES = 3;
    /** Columns whose cells never hold an indicator value. */
    private static final Set<Meaning> NO_VALUE = Set.of(Meaning.LEVEL1, Meaning.LEVEL2, Meaning.LEVEL3,
            Meaning.DESCRIPTION, Meaning.BASIS);
    /** How an indicator's name ends (完成时间, 合格率, 人均成本), never a value. */
    private static final Pattern NAME_END = Pattern.compile("(时间|时限|率|成本|数量)$");
    /** Columns of names and bases, whose cells are never a single character. */
    private static final Set<Meaning> NAMED = Set.of(Meaning.LEVEL3, Meaning.DESCRIPTION, Meaning.BASIS);
    /** Shortest line whose repetition in one cell tells joined blocks. */
    private static final int REPEATED = 3;
    /** A year written alone ("2022年"). */
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}年");
    /** Longest value text whose shape says whether it is a value (longer ones are sentences). */
    private static final int SHORT_VALUE = 8;

    private CellBlocks() {
    }

    /**
     * Whether the projects' bodies print their cells as blocks of their own (see {@link #VALUE_BLOCKS}): the text's
     * tool does so for every table, so the values of all are counted.
     */
    static boolean of(List<ProjectText> projects) {
        int values = 0;
        int alone = 0;
        for (ProjectText p : projects) {
            for (ProjectText.BodyLine b : p.body()) {
                String t = b.line().text();
                if (Shapes.numericValue(t) || Shapes.deadline(t)) {
                    values++;
                    alone += b.line().blankBefore() ? 1 : 0;
                }
            }
        }
        return values >= MIN_VALUES && alone >= VALUE_BLOCKS * values;
    }

    /**
     * The first decoded row whose cells took another row's value, or -1: a line that is a whole indicator value (≥95%,
     * 12月底前) in a name, description or basis cell, or a second one in the value cell. In text that prints a cell a
     * block, a value is a block of its own, so a cell holding one out of place joined blocks of two rows: a block was
     * moved, and the rows from there on can no longer be told apart by order. So too a value cell holding a short
     * piece that is no value ({@link #valueLike}) or a cell holding a level name where none stands
     * ({@link MixedCells#mixed}), a column name (指标值确定依据), or a name or basis cell of one character (率): a block
     * was cut from its cell, as where a tool prints each line a block. A cell printing one line twice joined the
     * blocks of several cells, and a row with a basis and no value lost its value's block to another place (pdfminer
     * prints a column of name cells before their rows).
     */
    static int firstMixedRow(List<Meaning> roles, List<GridDecoder.Row> rows) {
        for (int i = 0; i < rows.size(); i++) {
            if (mixedRow(roles, rows.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Whether a decoded row shows cells of other rows or pieces of its cells ({@link #firstMixedRow}). */
    static boolean mixedRow(List<Meaning> roles, GridDecoder.Row row) {
        List<List<String>> cells = row.cells();
        for (int c = 0; c < roles.size(); c++) {
            List<String> cell = cells.get(c);
            if (cell == null) {
                continue;
            }
            if (notACell(roles.get(c), cell)) {
                return true;
            }
            int values = values(roles.get(c), cell);
            if (NO_VALUE.contains(roles.get(c)) && values > 0 || roles.get(c) == Meaning.VALUE && values > 1) {
                return true;
            }
        }
        int v = roles.indexOf(Meaning.VALUE);
        if (v >= 0 && cells.get(v) != null && !valueLike(Shapes.compact(String.join("", cells.get(v))))) {
            return true;
        }
        int b = roles.indexOf(Meaning.BASIS);
        if (v >= 0 && b > v && cells.get(v) == null && cells.get(b) != null) {
            return true; // a basis with no value: the value's block stands elsewhere
        }
        return MixedCells.mixed(roles, row);
    }

    /**
     * Whether a value cell's text reads as a value: a number or deadline, a short appraisal (有效提升), or a longer
     * phrase (a sentence of a qualitative value). A short piece that is none of these (a name's last line, 元/生·年), or that
     * ends as an indicator's name does (…完成时间, …合格率), is the piece of another cell, a wrapped line taken for a
     * block of its own.
     */
    private static boolean valueLike(String c) {
        return c.isEmpty() || c.length() > SHORT_VALUE || Shapes.numericValue(c) || Shapes.deadline(c)
                || Shapes.qualitative(c) && !NAME_END.matcher(c).find() || c.chars().anyMatch(Character::isDigit);
    }

    /**
     * Whether a cell prints one line twice (of {@link #REPEATED} characters or more): the blocks of several cells
     * joined, as where a tool prints a column of wrapped names, repeating their first lines, before their rows.
     */
    private static boolean repeats(List<String> lines) {
        Set<String> seen = new HashSet<>();
        for (String l : lines) {
            String t = Shapes.compact(l);
            if (t.length() >= REPEATED && !seen.add(t)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a cell's text joins several cells' blocks or is a piece of one, whatever row it stands in. */
    private static boolean notACell(Meaning role, List<String> cell) {
        return repeats(cell) || cell.stream().anyMatch(CellBlocks::columnName) || columnName(String.join("", cell))
                || NAMED.contains(role) && lone(cell);
    }

    /** Whether a line is a column name of the indicator grid (指标值确定依据), never a cell's text. */
    private static boolean columnName(String line) {
        return HeaderVocabulary.columnNames().contains(Shapes.compact(line));
    }

    /** Whether a cell is one Chinese character (率, 本): the last line of a wrapped name, not a name or basis. */
    private static boolean lone(List<String> cell) {
        String t = Shapes.compact(String.join("", cell));
        return t.length() == 1 && Shapes.hasCjk(t);
    }

    /**
     * How many lines of a cell read as values; in a basis, a year alone on its line (冀财农 / 2022年 / 160号: a
     * document number wrapped) is none.
     */
    private static int values(Meaning role, List<String> lines) {
        int n = 0;
        for (String l : lines) {
            boolean year = role == Meaning.BASIS && YEAR.matcher(Shapes.compact(l)).matches();
            n += !year && (Shapes.numericValue(l) || Shapes.deadline(l)) ? 1 : 0;
        }
        return n;
    }
}
