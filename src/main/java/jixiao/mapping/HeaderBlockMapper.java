package jixiao.mapping;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jixiao.model.FundPlanEntry;
import jixiao.model.Issue;
import jixiao.table.Cell;
import jixiao.table.TextLine;

/**
 * Reads the project header block (the rows above the indicator grid) by label meaning: a label cell's value is the
 * cells right of it up to the next label; a row of labels takes its values from the row below; rows without labels
 * belong to the group label merged over them (预算规模及资金用途 → purpose, 资金支出计划 → plan values).
 */
final class HeaderBlockMapper {
    private final HeaderFields out = new HeaderFields();
    private final List<Issue> issues;
    private final int seq;
    private List<Cell> periodCells = List.of();
    private RowRef consumed;

    private HeaderBlockMapper(List<Issue> issues, int seq) {
        this.issues = issues;
        this.seq = seq;
    }

    /** Reads rows [from, to] of the slice (all header rows, the indicator header excluded). */
    static HeaderFields read(List<RowRef> rows, List<Issue> issues, int seq) {
        HeaderBlockMapper m = new HeaderBlockMapper(issues, seq);
        for (int i = 0; i < rows.size(); i++) {
            m.row(rows.get(i), i + 1 < rows.size() ? rows.get(i + 1) : null);
        }
        return m.out;
    }

    /** One header row: the cells starting on it and the (group label) cells merged over it from above. */
    record RowRef(List<Cell> starting, List<Cell> coveringFromAbove) {
    }

    private void row(RowRef ref, RowRef next) {
        if (ref == consumed) {
            return;
        }
        List<Cell> cells = ref.starting();
        List<Optional<Field>> labels = new ArrayList<>();
        int labelCount = 0;
        int valueCount = 0;
        for (Cell c : cells) {
            Optional<Field> f = c.isEmpty() ? Optional.empty() : Labels.header(c.text());
            labels.add(f);
            if (f.isPresent()) {
                labelCount++;
                Labels.unitIn(c.text()).ifPresent(u -> out.amountUnit = out.amountUnit == null ? u : out.amountUnit);
            } else if (!c.isEmpty()) {
                valueCount++;
            }
        }
        if (labelCount == 0 && inlineLabels(cells)) {
            return;
        }
        if (labelCount == 0) {
            unlabelled(ref, cells);
            return;
        }
        if (labelCount >= 2 && valueCount == 0 && next != null && allAmountLabels(labels) && !hasLabels(next)) {
            labelRowWithValuesBelow(cells, labels, next.starting());
            consumed = next;
            return;
        }
        for (int i = 0; i < cells.size(); i++) {
            Optional<Field> f = labels.get(i);
            if (f.isEmpty()) {
                continue;
            }
            int j = i + 1;
            List<Cell> values = new ArrayList<>();
            while (j < cells.size() && labels.get(j).isEmpty()) {
                values.add(cells.get(j));
                j++;
            }
            assign(f.get(), cells.get(i), values, ref);
        }
    }

    /** Cells that print label and value together ("项目名称：农村公路养护"); true when every text cell did. */
    private boolean inlineLabels(List<Cell> cells) {
        List<Runnable> assignments = new ArrayList<>();
        for (Cell c : cells) {
            if (c.isEmpty()) {
                continue;
            }
            String text = c.text();
            int colon = Math.max(text.indexOf('：'), text.indexOf(':'));
            if (colon <= 0 || colon == text.length() - 1) {
                return false;
            }
            Optional<Field> f = Labels.header(text.substring(0, colon));
            if (f.isEmpty() || f.get() == Field.BUDGET_GROUP || f.get() == Field.FUND_PLAN) {
                return false;
            }
            Labels.unitIn(text.substring(0, colon)).ifPresent(u -> out.amountUnit = out.amountUnit == null ? u
                    : out.amountUnit);
            String value = text.substring(colon + 1).strip();
            Field field = f.get();
            assignments.add(() -> {
                switch (field) {
                    case TOTAL, FISCAL, OTHER -> amount(field, value, c);
                    case GOALS -> out.goalLines.add(value);
                    default -> out.text(field, value, c);
                }
            });
        }
        if (assignments.isEmpty()) {
            return false;
        }
        assignments.forEach(Runnable::run);
        return true;
    }

    private static boolean allAmountLabels(List<Optional<Field>> labels) {
        for (Optional<Field> f : labels) {
            if (f.isPresent() && f.get() != Field.TOTAL && f.get() != Field.FISCAL && f.get() != Field.OTHER
                    && f.get() != Field.BUDGET_GROUP) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasLabels(RowRef ref) {
        for (Cell c : ref.starting()) {
            if (!c.isEmpty() && Labels.header(c.text()).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private void labelRowWithValuesBelow(List<Cell> cells, List<Optional<Field>> labels, List<Cell> below) {
        for (int i = 0; i < cells.size(); i++) {
            Optional<Field> f = labels.get(i);
            if (f.isEmpty() || f.get() == Field.BUDGET_GROUP) {
                continue;
            }
            Cell v = bestOverlap(cells.get(i), below);
            if (v != null) {
                assign(f.get(), cells.get(i), List.of(v), null);
            }
        }
    }

    private void assign(Field f, Cell label, List<Cell> values, RowRef ref) {
        String text = join(values);
        Cell first = values.isEmpty() ? label : values.get(0);
        switch (f) {
            case TOTAL, FISCAL, OTHER -> amount(f, text, first);
            case GOALS -> {
                for (Cell c : values) {
                    for (TextLine l : c.lines()) {
                        out.goalLines.add(l.text());
                    }
                }
                out.cells.putIfAbsent(f, first);
            }
            case FUND_PLAN -> {
                out.sawFundPlan = true;
                fundPlanPeriods(values);
            }
            case BUDGET_GROUP -> {
                if (!text.isEmpty()) {
                    out.text(Field.PURPOSE, text, first);
                }
            }
            default -> out.text(f, text, first);
        }
    }

    private void amount(Field f, String text, Cell cell) {
        if (text.isEmpty() || Values.isPlaceholder(text)) {
            return;
        }
        Optional<BigDecimal> v = Values.amount(text);
        if (v.isPresent()) {
            out.amounts.put(f, v.get());
            out.cells.putIfAbsent(f, cell);
        } else {
            issues.add(Issue.warning("AMOUNT_NOT_A_NUMBER", seq, cell.page(),
                    f.name().toLowerCase() + " amount \"" + text + "\" is not a number; left null"));
        }
    }

    private void fundPlanPeriods(List<Cell> values) {
        List<Cell> periods = new ArrayList<>();
        List<Cell> amounts = new ArrayList<>();
        for (Cell c : values) {
            if (Values.amount(c.text()).isPresent()) {
                amounts.add(c);
            } else if (!c.isEmpty()) {
                periods.add(c);
            }
        }
        if (!amounts.isEmpty() && amounts.size() == periods.size()) {
            for (int i = 0; i < periods.size(); i++) {
                out.fundPlan.add(new FundPlanEntry(periods.get(i).text(),
                        Values.amount(amounts.get(i).text()).orElse(null)));
            }
            return;
        }
        periodCells = periods;
    }

    /** A row without labels: its meaning comes from the group label merged over it from above. */
    private void unlabelled(RowRef ref, List<Cell> cells) {
        Field group = null;
        for (Cell c : ref.coveringFromAbove()) {
            Optional<Field> f = c.isEmpty() ? Optional.empty() : Labels.header(c.text());
            if (f.isPresent()) {
                group = f.get();
                break;
            }
        }
        if (group == Field.FUND_PLAN && !periodCells.isEmpty()) {
            fundPlanValues(cells);
        } else if (group == Field.GOALS) {
            for (Cell c : cells) {
                for (TextLine l : c.lines()) {
                    out.goalLines.add(l.text());
                }
            }
        } else if (group == Field.BUDGET_GROUP || group == Field.PURPOSE) {
            String text = join(cells);
            if (!text.isEmpty()) {
                out.text(Field.PURPOSE, text, cells.get(0));
            }
        } else {
            String text = join(cells);
            if (!text.isEmpty()) {
                issues.add(Issue.warning("HEADER_ROW_UNMAPPED", seq, cells.get(0).page(),
                        "header row without a known label: \"" + text + "\""));
            }
        }
    }

    private void fundPlanValues(List<Cell> cells) {
        if (!placeable(cells)) {
            unplacedFundPlan(cells);
            return;
        }
        for (Cell p : periodCells) {
            Cell v = bestOverlap(p, cells);
            BigDecimal value = null;
            if (v != null && !v.isEmpty() && !Values.isPlaceholder(v.text())) {
                value = Values.amount(v.text()).orElse(null);
                if (value == null) {
                    issues.add(Issue.warning("AMOUNT_NOT_A_NUMBER", seq, v.page(),
                            "fund plan value \"" + v.text() + "\" for " + p.text() + " is not a number; left null"));
                }
            }
            out.fundPlan.add(new FundPlanEntry(p.text(), value));
        }
        periodCells = List.of();
    }

    /** Every non-empty value cell lies under exactly one period cell. */
    private boolean placeable(List<Cell> cells) {
        for (Cell v : cells) {
            if (v.isEmpty()) {
                continue;
            }
            int under = 0;
            for (Cell p : periodCells) {
                if (v.box().xOverlap(p.box()) >= 0.5 * Math.min(p.box().width(), v.box().width())) {
                    under++;
                }
            }
            if (under != 1) {
                return false;
            }
        }
        return true;
    }

    /** Values whose column cannot be known (text input without positions): listed in order with period null. */
    private void unplacedFundPlan(List<Cell> cells) {
        List<String> periods = new ArrayList<>();
        for (Cell p : periodCells) {
            periods.add(p.text());
        }
        int n = 0;
        int page = 0;
        for (Cell v : cells) {
            for (TextLine l : v.lines()) {
                for (String token : l.text().strip().split("\\s+")) {
                    if (token.isEmpty() || Values.isPlaceholder(token)) {
                        continue;
                    }
                    BigDecimal value = Values.amount(token).orElse(null);
                    if (value == null) {
                        issues.add(Issue.warning("AMOUNT_NOT_A_NUMBER", seq, null,
                                "fund plan value \"" + token + "\" is not a number; left out"));
                        continue;
                    }
                    out.fundPlan.add(new FundPlanEntry(null, value));
                    n++;
                    page = v.page();
                }
            }
        }
        issues.add(Issue.warning("FUND_PLAN_COLUMN_UNKNOWN", seq, page > 0 ? page : null,
                "资金支出计划 has " + n + " value" + (n == 1 ? "" : "s") + " for " + periods.size() + " periods ("
                        + String.join(" ", periods) + "); the text input has no column positions"));
        periodCells = List.of();
    }

    static Cell bestOverlap(Cell target, List<Cell> candidates) {
        Cell best = null;
        double bestOverlap = 0;
        for (Cell c : candidates) {
            double o = c.box().xOverlap(target.box());
            if (o > bestOverlap) {
                bestOverlap = o;
                best = c;
            }
        }
        return bestOverlap > 0.3 * Math.min(target.box().width(), best == null ? 1 : best.box().width()) ? best
                : null;
    }

    static String join(List<Cell> cells) {
        StringBuilder sb = new StringBuilder();
        for (Cell c : cells) {
            sb.append(c.text());
        }
        return sb.toString().strip();
    }
}
