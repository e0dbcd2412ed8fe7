package jixiao.text;

import java.util.List;

import jixiao.table.Meaning;

/**
 * Scores a row as a whole: its cells, a penalty for each missing cell, the evidence that its level-3 name and
 * description belong together, and how neighbouring cells share lines: two single-line cells of one row sit on one
 * baseline, so an extraction tool prints them on one line whatever the cell alignment, while a cell never starts on
 * the last line of a wrapped neighbour, and starts beside a one-line neighbour only when it has one line or the cells
 * are top-aligned.
 */
final class RowScorer {
    /** Every row costs a little, so that a wrapped cell is not read as a row of its own without evidence. */
    private static final double ROW_COST = 1.5;
    private static final double APART = -2.5;
    private static final double TOP_ONLY = -1.5;
    /**
     * A 度量单位 cell beside a 定性 sign that is no unit: a qualitative row has nothing to measure, so its text is
     * more likely the value's or the basis's going on.
     */
    private static final double QUALITATIVE_UNIT = -4;
    /**
     * Any 度量单位 cell beside a value with no number: there is nothing to measure, so even a unit word there is the
     * last lines of the wrapped value (改善群众生产生活条 / 件), which the value's own shape cannot tell.
     */
    private static final double UNMEASURED_UNIT = -6;

    private final List<Meaning> roles;
    private final int l1;
    private final int l2;
    private final int l3;
    private final int desc;
    private final int op;
    private final int unit;
    private final int value;
    private final boolean runLines;

    /** {@code runLines}: the text prints each text run on a line of its own, so lines say nothing of baselines. */
    RowScorer(List<Meaning> roles, boolean runLines) {
        this.roles = roles;
        this.runLines = runLines;
        this.l1 = roles.indexOf(Meaning.LEVEL1);
        this.l2 = roles.indexOf(Meaning.LEVEL2);
        this.l3 = roles.indexOf(Meaning.LEVEL3);
        this.desc = roles.indexOf(Meaning.DESCRIPTION);
        this.op = roles.indexOf(Meaning.OP);
        this.unit = roles.indexOf(Meaning.MEASURE_UNIT);
        this.value = roles.indexOf(Meaning.VALUE);
    }

    /** The score of a finished row. */
    double close(RowState r) {
        double sum = -ROW_COST;
        boolean data = false;
        for (int c = 0; c < roles.size(); c++) {
            Meaning role = roles.get(c);
            sum += r.score[c];
            if (r.cells[c] == null && !role.isLevel()) {
                sum += CellScorer.missing(role);
            }
            data |= r.cells[c] != null && !role.isLevel();
        }
        if (!data) {
            sum -= 50;
        }
        if (l1 >= 0 && l2 >= 0 && r.cells[l1] != null && r.cells[l2] == null) {
            sum -= 6; // a new level-1 group opens a new level-2 group too
        }
        if (l3 >= 0 && desc >= 0 && r.cells[l3] != null && r.cells[desc] != null) {
            sum += CellScorer.nameAndDescription(String.join("", r.cells[l3]), String.join("", r.cells[desc]));
        }
        return sum + apart(r, roles.size()) + unitCost(r);
    }

    /**
     * What a 度量单位 cell costs where its row has nothing to measure ({@link #UNMEASURED_UNIT},
     * {@link #QUALITATIVE_UNIT}).
     */
    private double unitCost(RowState r) {
        if (unit < 0 || r.cells[unit] == null) {
            return 0;
        }
        if (value >= 0 && r.cells[value] != null
                && String.join("", r.cells[value]).chars().noneMatch(Character::isDigit)) {
            return UNMEASURED_UNIT;
        }
        boolean qualitative = op >= 0 && r.cells[op] != null
                && Shapes.compact(String.join("", r.cells[op])).equals("定性");
        return qualitative && !Shapes.unitOnly(String.join("", r.cells[unit])) ? QUALITATIVE_UNIT : 0;
    }

    /** A bound on the row's final score while it is read: open cells may still grow. */
    double provisional(RowState r, boolean breakAhead) {
        double sum = 0;
        for (int c = 0; c < roles.size(); c++) {
            sum += r.score[c];
            if (c == r.cur || (r.cont ? c > r.cur : breakAhead)) {
                sum += r.allowance[c];
            }
            if (!r.cont && c < r.cur && r.cells[c] == null && !roles.get(c).isLevel()) {
                sum += CellScorer.missing(roles.get(c));
            }
        }
        return sum + apart(r, r.cont ? 0 : r.cur) + unitCost(r);
    }

    /** Penalty for neighbouring single-line cells printed on separate lines, among columns before {@code upTo}. */
    private double apart(RowState r, int upTo) {
        if (r.cut || runLines) {
            return 0;
        }
        double s = 0;
        int prev = -1;
        for (int c = 0; c < upTo; c++) {
            if (r.cells[c] == null || roles.get(c).isLevel()) {
                continue;
            }
            if (prev >= 0) {
                boolean prevOne = r.cells[prev].size() == 1;
                boolean one = r.cells[c].size() == 1;
                if (prevOne && one && r.fresh[c]) {
                    s += APART;
                } else if (!r.fresh[c] && !prevOne) {
                    s += APART; // a cell that starts on the last line of a wrapped neighbour: no alignment does that
                } else if (!r.fresh[c] && !one) {
                    s += TOP_ONLY; // only top-aligned cells put a wrapped cell's first line beside a one-line cell
                }
            }
            prev = c;
        }
        return s;
    }
}
