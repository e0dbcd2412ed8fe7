package jixiao.mapping;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import jixiao.model.Box;
import jixiao.model.Budget;
import jixiao.model.Issue;
import jixiao.model.Project;
import jixiao.table.Cell;
import jixiao.table.Rect;
import jixiao.table.TextLine;

/** Maps one project's parts (title, unit line, table slices) to a {@link Project}. */
final class ProjectMapper {

    private ProjectMapper() {
    }

    static Project map(ProjectParts parts, int seq, List<Issue> issues, boolean withPages) {
        HeaderRows headerRows = new HeaderRows();
        IndicatorMapper grid = new IndicatorMapper(issues, seq);
        TreeSet<Integer> pages = new TreeSet<>();
        for (TextLine l : parts.titleLines) {
            pages.add(l.page());
        }
        boolean inGrid = false;
        for (int s = 0; s < parts.slices.size(); s++) {
            Slice slice = parts.slices.get(s);
            pages.add(slice.page());
            headerRows.newSlice();
            if (inGrid) {
                grid.continuation(cutAtBottom(parts.slices.get(s - 1)));
            }
            for (int r = slice.from(); r <= slice.to(); r++) {
                List<Cell> starting = slice.starting(r);
                if (Labels.isIndicatorHeader(texts(starting))) {
                    inGrid = grid.header(starting) || inGrid;
                    continue;
                }
                if (inGrid) {
                    grid.row(starting, slice.covering(r), slice.to());
                } else {
                    headerRows.add(slice, r);
                }
            }
        }
        if (!inGrid) {
            issues.add(Issue.warning("NO_INDICATOR_HEADER", seq, parts.firstPage(),
                    "the project table has no indicator header row (一级指标 / 二级指标 / 三级指标); no indicators read"));
        }
        HeaderFields hf = HeaderBlockMapper.read(headerRows.rows(), issues, seq);
        String title = title(parts.titleLines);
        String unitCode = null;
        String unitName = null;
        String amountUnit = hf.amountUnit;
        String unitText = parts.unitLine != null ? parts.unitLine.text() : headerRows.unitLine;
        if (unitText != null) {
            java.util.Optional<UnitLine> u = UnitLine.parse(unitText);
            if (u.isPresent()) {
                unitCode = u.get().code();
                unitName = u.get().name();
                if (amountUnit == null) {
                    amountUnit = u.get().amountUnit();
                }
            }
        }
        if (hf.texts.containsKey(Field.UNIT)) {
            unitName = hf.texts.get(Field.UNIT);
        }
        Budget budget = new Budget(hf.amounts.get(Field.TOTAL), hf.amounts.get(Field.FISCAL),
                hf.amounts.get(Field.OTHER));
        checkBudget(budget, seq, parts.firstPage(), issues);
        if (hf.texts.get(Field.NAME) == null && hf.texts.get(Field.CODE) == null) {
            issues.add(Issue.warning("PROJECT_UNNAMED", seq, parts.firstPage(), "the project table has no name or code"));
        }
        return new Project(seq, title, hf.texts.get(Field.CODE), hf.texts.get(Field.NAME),
                hf.texts.get(Field.DEPARTMENT), unitCode, unitName, amountUnit, budget, hf.texts.get(Field.PURPOSE),
                hf.fundPlan, GoalSplitter.split(hf.goalLines), grid.indicators(withPages),
                withPages ? new ArrayList<>(pages) : List.of(), withPages ? box(parts) : null);
    }

    /**
     * Whether the page break cut the last row of {@code prev}: the slice runs to its table's last row and that row
     * has no bottom rule. Only the row above the break tells: a row that ends at the break is closed by its bottom
     * rule on page k, while the table going on at the top of page k+1 may lack its top rule all the same (Chromium
     * paints the rule between two rows once, on page k, when a merged level cell runs over the break), so a missing
     * top rule is no evidence of a cut row.
     */
    static boolean cutAtBottom(Slice prev) {
        return prev.table().openBottom() && prev.to() == prev.table().rows() - 1;
    }

    /** The project's rows on its first table page: the box of the first slice's cells. */
    private static Box box(ProjectParts parts) {
        if (parts.slices.isEmpty()) {
            return null;
        }
        Slice first = parts.slices.get(0);
        Rect r = null;
        for (Cell c : first.table().cells()) {
            if (c.row() >= first.from() && c.row() <= first.to()) {
                r = r == null ? c.box() : r.union(c.box());
            }
        }
        return r == null ? null : IndicatorMapper.toBox(r);
    }

    private static void checkBudget(Budget b, int seq, int page, List<Issue> issues) {
        if (b.total() == null || b.fiscal() == null && b.other() == null) {
            return;
        }
        BigDecimal sum = (b.fiscal() == null ? BigDecimal.ZERO : b.fiscal())
                .add(b.other() == null ? BigDecimal.ZERO : b.other());
        if (sum.compareTo(b.total()) != 0) {
            issues.add(Issue.warning("BUDGET_PARTS_MISMATCH", seq, page, "fiscal " + b.fiscal() + " + other "
                    + b.other() + " = " + sum.toPlainString() + " but the total is " + b.total().toPlainString()));
        }
    }

    static String title(List<TextLine> lines) {
        if (lines.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (TextLine l : lines) {
            sb.append(l.text().strip());
        }
        return emptyToNull(Numbering.strip(sb.toString()).strip());
    }

    private static List<String> texts(List<Cell> cells) {
        List<String> out = new ArrayList<>(cells.size());
        for (Cell c : cells) {
            out.add(c.text());
        }
        return out;
    }

    static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
