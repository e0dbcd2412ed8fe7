package jixiao.text;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jixiao.table.Meaning;

/**
 * Tells a header block whose budget amounts are not in reading order: text that prints every cell as a block of its
 * own ({@link CellBlocks}) may set an amount's block, or the lines of an amount wrapped in a narrow cell, before or
 * after the label of another amount. Each amount label then takes pieces that are not its amount, and no amount of
 * the block can be trusted to stand under its own label.
 */
final class AmountOrder {
    /** An amount that opens with a zero followed by more digits: the tail of another amount, cut by its wrap. */
    private static final Pattern LEADING_ZERO = Pattern.compile("^0[\\d,]");
    /** Labels whose value is text, never an amount. */
    private static final Set<Meaning> TEXT_LABELS = Set.of(Meaning.CODE, Meaning.NAME);

    private AmountOrder() {
    }

    /**
     * Why the block's amounts are out of order, or null: an amount label with two amounts (a whole amount with two
     * decimals, then more number pieces, or another amount with two decimals on its line), an amount that opens with
     * a zero, another label between two amount labels, a piece of an amount (digits with a comma or point) in the
     * project's code or name, amount labels that disagree on where their amounts stand, or amounts that do not add up.
     */
    static String lost(List<HeaderBlockParser.Field> fields) {
        boolean amounts = false;
        boolean between = false;
        boolean plan = false;
        for (HeaderBlockParser.Field f : fields) {
            if (plan && f.role() != Meaning.FUND_PLAN && f.value().stream().anyMatch(t -> Shapes.period(t.text()))) {
                return "the fund plan's periods stand under " + f.label();
            }
            plan |= f.role() == Meaning.FUND_PLAN;
            if (f.role().isAmount()) {
                if (between) {
                    return "another label stands between the amount labels before " + f.label();
                }
                amounts = true;
                String why = pieces(f);
                if (why != null) {
                    return why;
                }
            } else if (amounts && !f.label().isEmpty()) {
                between = true;
            }
            if (TEXT_LABELS.contains(f.role())) {
                for (Token t : f.value()) {
                    if (Shapes.amountPart(t.text()) && t.text().matches(".*[,.，].*")) {
                        return "a piece of an amount (" + t.text() + ") stands under " + f.label();
                    }
                }
            }
        }
        String placed = placement(fields);
        return placed != null ? placed : sum(fields);
    }

    /**
     * Why the amounts do not add up, or null: a total, a fiscal and an other amount where the two shares do not make
     * the total (a total of 50.00 read as 50.00 + 50.00: an amount of another row drawn under 其他资金).
     */
    private static String sum(List<HeaderBlockParser.Field> fields) {
        Map<Meaning, BigDecimal> amounts = new EnumMap<>(Meaning.class);
        for (HeaderBlockParser.Field f : fields) {
            String a = f.role().isAmount() ? Token.join(HeaderBlockParser.amountPieces(f.value())) : "";
            if (Shapes.amount(a)) {
                amounts.putIfAbsent(f.role(), HeaderRowsBuilder.decimal(a));
            }
        }
        if (amounts.size() < 3) {
            return null;
        }
        BigDecimal shares = amounts.get(Meaning.FISCAL).add(amounts.get(Meaning.OTHER));
        BigDecimal total = amounts.get(Meaning.TOTAL);
        return shares.compareTo(total) == 0 ? null : "the amounts do not add up (" + total + " is not "
                + amounts.get(Meaning.FISCAL) + " + " + amounts.get(Meaning.OTHER) + ")";
    }

    /**
     * Why the amount labels disagree on where their amounts stand, or null: the total's label takes no amount while a
     * later amount label takes one (the labels printed a block each, then the amounts), or the labels' amounts stand
     * in different places (on the label's line, on the line after it, after a blank line or further down): an amount
     * of another row drawn under a label that has none of its own.
     */
    private static String placement(List<HeaderBlockParser.Field> fields) {
        String emptyTotal = null;
        String first = null;
        int where = -1;
        for (HeaderBlockParser.Field f : fields) {
            if (!f.role().isAmount()) {
                continue;
            }
            List<Token> pieces = HeaderBlockParser.amountPieces(f.value());
            if (pieces.isEmpty()) {
                emptyTotal = f.role() == Meaning.TOTAL && emptyTotal == null ? f.label() : emptyTotal;
                continue;
            }
            if (emptyTotal != null) {
                return emptyTotal + " takes no amount while " + f.label() + " takes " + Token.join(pieces);
            }
            int place = place(f, pieces.get(0));
            if (first == null) {
                first = f.label();
                where = place;
            } else if (place != where) {
                return first + " and " + f.label() + " have their amounts in different places";
            }
        }
        return null;
    }

    /** Where an amount stands from its label: 0 on its line, 1 on the next line, 2 after blank lines or further. */
    private static int place(HeaderBlockParser.Field f, Token amount) {
        if (amount.line() == f.labelLine()) {
            return 0;
        }
        return amount.line() == f.labelLine() + 1 && !amount.blankBefore() ? 1 : 2;
    }

    private static String pieces(HeaderBlockParser.Field f) {
        List<Token> pieces = HeaderBlockParser.amountPieces(f.value());
        StringBuilder sb = new StringBuilder();
        for (Token t : pieces) {
            sb.append(t.text());
        }
        int next = pieces.size();
        if (next > 0 && next < f.value().size() && Shapes.cents(f.value().get(next).text())
                && f.value().get(next).line() == pieces.get(next - 1).line()) {
            return f.label() + " takes two amounts on one line (" + sb + " and " + f.value().get(next).text() + ")";
        }
        if (next > 0 && next < f.value().size() && Shapes.cents(Shapes.compact(sb.toString()))
                && Shapes.amountPart(f.value().get(next).text())) {
            return f.label() + " takes two amounts (" + sb + " and more)"; // an amount ends with its decimals
        }
        if (next > 0 && next < f.value().size() && f.value().get(next).text().equals(sb.toString())) {
            return f.label() + " takes two amounts (" + sb + " twice)";
        }
        if (LEADING_ZERO.matcher(sb).find()) {
            return f.label() + " takes the tail of another amount (" + sb + ")";
        }
        return null;
    }
}
