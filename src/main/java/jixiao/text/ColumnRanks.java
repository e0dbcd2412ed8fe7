package jixiao.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jixiao.text.LayoutText.Cell;
import jixiao.text.LayoutText.Chunk;

/**
 * The column of a grid chunk by its rank among the text beside it. A layout tool sets each block of lines on its own
 * grid of text columns, pushed right by the text left of it, so the same column of a table may start at column 24 in
 * one band of rows and at 15 in the next (its wide rows and its narrow ones); columns found for the whole grid then
 * put the narrow band's cells a column or two left of their own. Within a band the order holds: the chunks on the
 * lines of a chunk's cell near it, gathered into runs that overlap left to right (lines of one column overlap, lines
 * of two rows in a column interleave), are one run a column when there are as many runs as columns, and the chunk
 * takes its run's rank. A one-line cell whose line alone does not rank it ranks among the lines just above and below
 * it ("县领导批示" alone on its line, right of the value above it).
 */
final class ColumnRanks {
    /** How many lines above and below a chunk, within its cell, count as beside it. */
    static final int REACH = 2;

    private ColumnRanks() {
    }

    /**
     * Whether the header's cells (left to right by their left edges) stand apart: then the grid's columns are in their
     * order. A header cell reaching over the next one's start ("指标值确定" / "依据" set left over "指标值") leaves
     * the order of the two columns to the cells' meaning, not to rank.
     */
    static boolean apart(List<Cell> header) {
        for (int i = 0; i + 1 < header.size(); i++) {
            if (header.get(i).x1 > header.get(i + 1).x0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Per chunk of {@code chunks} (the grid's, level cells left out), the column it ranks in where the text beside it
     * stands in {@code columns} runs; chunks not in the map keep the column their position gives. With
     * {@code nearLines}, a one-line cell ranks among the lines just above and below it where its own does not rank
     * it (not in a grid with a 指标性质 column, whose sign lines {@link SignLines} reads, and whose unit column may be
     * empty there).
     */
    static Map<Chunk, Integer> of(List<Chunk> chunks, Map<Chunk, Cell> cellOf, int columns, boolean nearLines) {
        Map<Integer, List<Chunk>> byLine = new HashMap<>();
        for (Chunk ch : chunks) {
            byLine.computeIfAbsent(ch.line(), x -> new ArrayList<>()).add(ch);
        }
        Map<Chunk, Integer> out = new HashMap<>();
        for (Chunk ch : chunks) {
            Cell cell = cellOf.get(ch);
            int top = Math.max(cell == null ? ch.line() : cell.top, ch.line() - REACH);
            int bottom = Math.min(cell == null ? ch.line() : cell.bottom, ch.line() + REACH);
            List<Chunk> beside = new ArrayList<>();
            for (int l = top; l <= bottom; l++) {
                beside.addAll(byLine.getOrDefault(l, List.of()));
            }
            int rank = rank(ch, beside, columns, 0);
            if (rank < 0 && nearLines && (cell == null || cell.top == cell.bottom)) {
                beside.clear(); // a one-line cell: the lines just above and below it
                for (int l = ch.line() - 1; l <= ch.line() + 1; l++) {
                    beside.addAll(byLine.getOrDefault(l, List.of()));
                }
                rank = rank(ch, beside, columns, 1);
            }
            if (rank >= 0) {
                out.put(ch, rank);
            }
        }
        return wholeCells(chunks, cellOf, out);
    }

    /**
     * The ranks that every ranked chunk of a cell agrees on, for all its chunks (a cell moves whole); none for the
     * chunks of a cell whose ranks differ.
     */
    private static Map<Chunk, Integer> wholeCells(List<Chunk> chunks, Map<Chunk, Cell> cellOf,
                                                  Map<Chunk, Integer> ranks) {
        Map<Object, Integer> byCell = new HashMap<>();
        for (Chunk ch : chunks) {
            Integer r = ranks.get(ch);
            if (r != null) {
                byCell.merge(key(ch, cellOf), r, (a, b) -> a.equals(b) ? a : -1);
            }
        }
        Map<Chunk, Integer> out = new HashMap<>();
        for (Chunk ch : chunks) {
            Integer r = byCell.get(key(ch, cellOf));
            if (r != null && r >= 0) {
                out.put(ch, r);
            }
        }
        return out;
    }

    private static Object key(Chunk ch, Map<Chunk, Cell> cellOf) {
        Cell cell = cellOf.get(ch);
        return cell == null ? ch : cell;
    }

    /**
     * The run of {@code ch} among the runs of {@code beside} left to right, or -1 unless there are that many; a run
     * starts at least {@code gap} columns past the end of the one before (lines of two cells may touch, never
     * overlap; lines of one row's cells stand a space apart).
     */
    private static int rank(Chunk ch, List<Chunk> beside, int columns, int gap) {
        List<Chunk> sorted = new ArrayList<>(beside);
        sorted.sort((a, b) -> Integer.compare(a.x0(), b.x0()));
        int runs = 0;
        int end = Integer.MIN_VALUE;
        int rank = -1;
        for (Chunk o : sorted) {
            if (o.x0() >= end + gap) {
                runs++;
            }
            end = Math.max(end, o.end());
            if (o == ch) {
                rank = runs - 1;
            }
        }
        return runs == columns ? rank : -1;
    }
}
