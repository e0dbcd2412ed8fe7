package jixiao.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jixiao.table.Meaning;

/**
 * Lays the header-block fields out as table rows the mapper reads by label: one row per labelled text (label, then
 * its value across the row), the budget amounts in one row under the budget group label (merged down over the
 * purpose row), and the fund plan as a period row under its label plus a value row. Values whose period the text
 * cannot tell go into one cell spanning all periods; as many values as periods go one under each.
 */
final class HeaderRowsBuilder {
    private final int cols;
    private final List<List<CellSpec>> rows = new ArrayList<>();
    private BigDecimal total;

    private HeaderRowsBuilder(int cols) {
        this.cols = cols;
    }

    static List<List<CellSpec>> rows(List<HeaderBlockParser.Field> fields, int cols) {
        HeaderRowsBuilder b = new HeaderRowsBuilder(cols);
        int i = 0;
        while (i < fields.size()) {
            HeaderBlockParser.Field f = fields.get(i);
            if (f.role() == Meaning.BUDGET_GROUP || f.role().isAmount()) {
                int j = i;
                while (j < fields.size() && (fields.get(j).role() == Meaning.BUDGET_GROUP && j == i
                        || fields.get(j).role().isAmount())) {
                    j++;
                }
                b.budget(fields.subList(i, j));
                i = j;
                continue;
            }
            if (f.role() == Meaning.FUND_PLAN) {
                b.fundPlan(f);
            } else {
                b.labelled(f);
            }
            i++;
        }
        return b.rows;
    }

    private void labelled(HeaderBlockParser.Field f) {
        List<CellSpec> row = new ArrayList<>();
        if (!f.label().isEmpty()) {
            row.add(CellSpec.of(0, 1, List.of(f.label())));
        }
        if (!f.value().isEmpty()) {
            row.add(CellSpec.of(1, cols - 1, Token.lines(f.value())));
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
    }

    private void budget(List<HeaderBlockParser.Field> fields) {
        List<CellSpec> row = new ArrayList<>();
        List<Token> purpose = new ArrayList<>();
        CellSpec group = null;
        int col = 0;
        List<HeaderBlockParser.Split> splits = completeCutAmounts(fields);
        // labels without a single amount are left out: a row of amount labels alone sends the mapper to the row
        // below for their amounts, where the purpose stands (the amounts of a block read out of order are dropped)
        boolean amounts = false;
        for (int i = 0; i < fields.size(); i++) {
            amounts |= fields.get(i).role().isAmount() && !splits.get(i).amount().isEmpty();
        }
        for (int i = 0; i < fields.size(); i++) {
            HeaderBlockParser.Field f = fields.get(i);
            if (f.role() == Meaning.BUDGET_GROUP) {
                group = CellSpec.of(col++, 1, List.of(f.label()));
                purpose.addAll(f.value());
                continue;
            }
            if (amounts) {
                row.add(CellSpec.of(col, 1, List.of(f.label())));
            }
            col++;
            HeaderBlockParser.Split s = splits.get(i);
            if (!s.amount().isEmpty()) {
                row.add(CellSpec.of(col, 1, List.of(s.amount())));
                if (f.role() == Meaning.TOTAL && Shapes.amount(s.amount())) {
                    total = decimal(s.amount());
                }
            }
            col++;
            purpose.addAll(s.rest());
        }
        if (group != null) {
            row.add(0, purpose.isEmpty() ? group : group.withRowSpan(2));
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        if (!purpose.isEmpty()) {
            int from = group == null ? 0 : 1;
            rows.add(List.of(CellSpec.of(from, cols - from, Token.lines(purpose))));
        }
    }

    /**
     * The shares drawn after the total's amount ("其中：财政资金" / "其他资金" / "预算数 89.09" / "61.40" / "27.69": a
     * row of labels set over two lines, its amounts under the lower): where the fiscal and other labels take no
     * amount and the total's is followed by two whole amounts that add up to it, those are the shares, in the order
     * the table prints them (财政资金, then 其他资金).
     */
    private static void sharesAfterTheTotal(List<HeaderBlockParser.Field> fields, List<HeaderBlockParser.Split> out) {
        int total = index(fields, Meaning.TOTAL);
        int fiscal = index(fields, Meaning.FISCAL);
        int other = index(fields, Meaning.OTHER);
        if (total < 0 || fiscal < 0 || other < 0 || !out.get(fiscal).amount().isEmpty()
                || !out.get(other).amount().isEmpty() || !Shapes.amount(out.get(total).amount())) {
            return;
        }
        List<Token> rest = out.get(total).rest();
        if (rest.size() < 2 || !Shapes.cents(rest.get(0).text()) || !Shapes.cents(rest.get(1).text())
                || decimal(rest.get(0).text()).add(decimal(rest.get(1).text()))
                        .compareTo(decimal(out.get(total).amount())) != 0) {
            return;
        }
        out.set(fiscal, new HeaderBlockParser.Split(rest.get(0).text(), out.get(fiscal).rest()));
        out.set(other, new HeaderBlockParser.Split(rest.get(1).text(), out.get(other).rest()));
        out.set(total, new HeaderBlockParser.Split(out.get(total).amount(), rest.subList(2, rest.size())));
    }

    private static int index(List<HeaderBlockParser.Field> fields, Meaning role) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).role() == role) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The amount and text after it of each budget field, an amount cut short in a narrow cell completed: where a
     * field's amount pieces do not make a whole amount ("29,633,4": a thousands group cut) and the next amount
     * label's leading pieces complete it ("28.00" → "29,633,428.00", no more than the total), those pieces are the
     * rest of the cut amount, drawn after the next label because the cell's text is centred on more lines than the
     * label's. The next field then has no amount rather than the tail of this one.
     */
    private List<HeaderBlockParser.Split> completeCutAmounts(List<HeaderBlockParser.Field> fields) {
        List<HeaderBlockParser.Split> out = new ArrayList<>();
        for (HeaderBlockParser.Field f : fields) {
            out.add(HeaderBlockParser.amount(f.value()));
        }
        sharesAfterTheTotal(fields, out);
        BigDecimal sum = null;
        for (int i = 0; i < fields.size(); i++) {
            String a = out.get(i).amount();
            if (fields.get(i).role() == Meaning.TOTAL && Shapes.amount(a)) {
                sum = decimal(a);
            }
            if (i + 1 >= fields.size() || !fields.get(i).role().isAmount() || a.isEmpty() || Shapes.amount(a)
                    || !fields.get(i + 1).role().isAmount()) {
                continue;
            }
            HeaderBlockParser.Split next = out.get(i + 1);
            String joined = a + next.amount();
            if (next.amount().isEmpty() || !Shapes.amount(joined)
                    || sum != null && decimal(joined).compareTo(sum) > 0) {
                continue;
            }
            out.set(i, new HeaderBlockParser.Split(joined, out.get(i).rest()));
            out.set(i + 1, new HeaderBlockParser.Split("", next.rest()));
        }
        return out;
    }

    /** An amount as printed (1,250.00, 1，250.00) as a number. */
    static BigDecimal decimal(String amount) {
        return new BigDecimal(Shapes.compact(amount).replace(",", "").replace("，", ""));
    }

    private void fundPlan(HeaderBlockParser.Field f) {
        List<Token> periods = new ArrayList<>();
        List<Token> values = new ArrayList<>();
        List<Token> rest = new ArrayList<>();
        for (Token t : f.value()) {
            if (values.isEmpty() && rest.isEmpty() && Shapes.period(t.text())) {
                periods.add(t);
            } else if (rest.isEmpty() && (Shapes.amountPart(t.text()) || Shapes.placeholder(t.text()))) {
                values.add(t);
            } else {
                rest.add(t);
            }
        }
        List<String> amounts = FundPlanValues.join(values, periods.size(), total);
        List<CellSpec> head = new ArrayList<>();
        head.add(new CellSpec(0, 1, amounts.isEmpty() ? 1 : 2, List.of(f.label())));
        for (int p = 0; p < periods.size(); p++) {
            head.add(CellSpec.of(1 + p, 1, List.of(periods.get(p).text())));
        }
        rows.add(head);
        if (!amounts.isEmpty()) {
            List<CellSpec> vals = new ArrayList<>();
            if (amounts.size() == periods.size()) {
                for (int p = 0; p < amounts.size(); p++) {
                    vals.add(CellSpec.of(1 + p, 1, List.of(amounts.get(p))));
                }
            } else {
                int span = Math.max(periods.size(), 2);
                vals.add(CellSpec.of(1, Math.min(span, cols - 1), List.of(String.join(" ", amounts))));
            }
            rows.add(vals);
        }
        if (!rest.isEmpty()) {
            rows.add(List.of(CellSpec.of(1, cols - 1, Token.lines(rest))));
        }
    }
}
