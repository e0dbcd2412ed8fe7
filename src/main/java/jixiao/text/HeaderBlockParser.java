package jixiao.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jixiao.table.Meaning;

/**
 * Reads a project's header block (the lines between 项目编码 / 项目名称 and the indicator column header) by its
 * labels, which may wrap over lines ("预算规模及" / "资金用途"): every label takes the text after it up to the next
 * label. Amount labels keep their leading number pieces (a wrapped "1,295,90" / "3.00" is one amount); text after the
 * amounts is the purpose of the budget group.
 */
final class HeaderBlockParser {
    /**
     * A label, the index of the line its last piece stands on (-1 for the text before any label) and the tokens after
     * it.
     */
    record Field(Meaning role, String label, int labelLine, List<Token> value) {
    }

    /** A parenthesised note alone, as it closes a label: （%） （万元）. */
    private static final Pattern PAREN_NOTE = Pattern.compile("[（(][^）)]{1,4}[）)]");

    /** A month without its end (12月) and the end of a period wrapped onto the next line (底, 末). */
    private static final Pattern BARE_MONTH = Pattern.compile("\\d{1,2}月");
    private static final Pattern PERIOD_END = Pattern.compile("[底末]");

    /** How many tokens may stand between a row of cut labels and their ends (a label centred on the row). */
    private static final int CUT_REACH = 2;

    /** How many pieces a line each may end a label whose first piece stands on a row of labels. */
    private static final int MAX_LONE_PIECES = 3;
    /** The shortest line of a name wrapped above its label (shorter Chinese text may be a code's placeholder: 无). */
    private static final int MIN_NAME_LINE = 6;

    private HeaderBlockParser() {
    }

    static List<Field> fields(List<SourceLine> lines) {
        List<Token> tokens = rejoinWrappedPeriods(LabelPieces.rejoin(rejoinCutLabels(Token.of(lines))));
        List<Field> out = new ArrayList<>();
        Field current = new Field(Meaning.OTHER_LABEL, "", -1, new ArrayList<>());
        int i = 0;
        while (i < tokens.size()) {
            int k = labelAt(tokens, i);
            if (k > 0) {
                String label = Token.join(tokens.subList(i, i + k)).replace(" ", "");
                current = new Field(HeaderWords.label(label).orElseThrow(), label, tokens.get(i + k - 1).line(),
                        new ArrayList<>());
                out.add(current);
                i += k;
            } else if (labelNote(current, tokens.get(i))) {
                i++; // the note closing the label, wrapped below its values: 资金支出计划 3月底 … / （%） 61.63
            } else {
                if (current.label().isEmpty() && out.isEmpty()) {
                    out.add(current);
                }
                current.value().add(tokens.get(i));
                i++;
            }
        }
        periodsToFundPlan(out);
        nameAboveItsLabel(out);
        return out;
    }

    /**
     * A name centred on its label's line, wrapped so that its first line stands above the label, under 项目编码, empty
     * or with its code ("项目编码" / "某财农〔2022〕1号…补助" / "项目名称" / "资金"): Chinese text is no code; the name's
     * first line goes to the name.
     */
    private static void nameAboveItsLabel(List<Field> fields) {
        for (int k = 0; k + 1 < fields.size(); k++) {
            Field code = fields.get(k);
            Field name = fields.get(k + 1);
            if (code.role() != Meaning.CODE || name.role() != Meaning.NAME) {
                continue;
            }
            List<Token> value = code.value();
            int from = value.isEmpty() || Shapes.hasCjk(value.get(0).text()) ? 0 : 1; // after the code itself
            List<Token> lines = value.subList(from, value.size());
            if (!lines.isEmpty()
                    && lines.stream().allMatch(t -> Shapes.hasCjk(t.text()) && t.text().length() >= MIN_NAME_LINE)) {
                name.value().addAll(0, lines);
                lines.clear();
            }
        }
    }

    /**
     * Labels of one row cut by their wraps, written a line a row ("预算 132.00 其中：财政 84.00 其他资 48.00" / "预算规模及"
     * / "数 拨款 金" / "用途"), or a piece a line: a run of label beginnings and amounts (two beginnings at least and an
     * amount), and soon after it as many pieces, each ending its beginning into a known label. The ends join their
     * beginnings and leave their places.
     */
    static List<Token> rejoinCutLabels(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens);
        for (int i = 0; i < out.size(); i++) {
            if (!cutHead(out.get(i).text())) {
                continue;
            }
            if (rejoinLoneHead(out, i)) {
                continue;
            }
            List<Integer> heads = new ArrayList<>();
            int amounts = 0;
            int j = i;
            for (; j < out.size(); j++) {
                String t = out.get(j).text();
                if (cutHead(t)) {
                    heads.add(j);
                } else if (Shapes.amountPart(t) || Shapes.placeholder(t)) {
                    amounts++;
                } else {
                    break;
                }
            }
            if (heads.size() < 2 || amounts == 0) {
                continue;
            }
            for (int from = j; from <= j + CUT_REACH && from + heads.size() <= out.size(); from++) {
                if (ends(out, heads, from)) {
                    for (int k = 0; k < heads.size(); k++) {
                        Token h = out.get(heads.get(k));
                        out.set(heads.get(k), new Token(h.text() + out.get(from + k).text(), h.line(), h.firstOnLine(),
                                h.blankBefore()));
                    }
                    out.subList(from, from + heads.size()).clear();
                    break;
                }
            }
            i = j - 1;
        }
        return out;
    }

    /**
     * A label centred on a row of labels, amounts or periods, cut into pieces a line each, its first piece on the
     * row's line ("预算规 预算数 5961.83 其中：财政资金 5961.83 其他资金" / "模及资" / "金用途"; "资金支出 3月底 6月底" /
     * "计划"): the pieces after the row that end the first one into a known label, each starting its line, join it
     * there. Whether it joined any.
     */
    private static boolean rejoinLoneHead(List<Token> out, int i) {
        Token head = out.get(i);
        if (!head.firstOnLine() || i + 1 >= out.size() || out.get(i + 1).line() != head.line()) {
            return false;
        }
        int j = i + 1;
        while (j < out.size()) {
            String t = out.get(j).text();
            int k = labelAt(out, j);
            if (k > 0) {
                j += k;
            } else if (Shapes.amountPart(t) || Shapes.placeholder(t) || Shapes.period(t)) {
                j++;
            } else {
                break;
            }
        }
        if (j == i + 1 || j < out.size() && out.get(j).line() == head.line()) {
            return false; // the head's line holds more than labels, amounts and periods
        }
        StringBuilder label = new StringBuilder(head.text());
        for (int end = j; end < out.size() && end < j + MAX_LONE_PIECES && out.get(end).firstOnLine(); end++) {
            label.append(out.get(end).text());
            if (HeaderWords.label(label.toString()).isPresent()) {
                out.set(i, new Token(label.toString(), head.line(), true, head.blankBefore()));
                out.subList(j, end + 1).clear();
                return true;
            }
            if (!HeaderWords.labelPrefix(label.toString())) {
                return false;
            }
        }
        return false;
    }

    /** A parenthesised note starting a line that closes the label of the field being read into a known label. */
    private static boolean labelNote(Field current, Token t) {
        return t.firstOnLine() && !current.label().isEmpty() && !current.label().contains("（")
                && !current.label().contains("(") && PAREN_NOTE.matcher(t.text()).matches()
                && HeaderWords.label(current.label() + t.text()).isPresent();
    }

    /** A period wrapped in its cell ("12月" / "底"): the end, alone at a line start, joins the month before it. */
    static List<Token> rejoinWrappedPeriods(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens);
        for (int i = out.size() - 1; i > 0; i--) {
            Token end = out.get(i);
            Token month = out.get(i - 1);
            if (end.firstOnLine() && PERIOD_END.matcher(end.text()).matches()
                    && BARE_MONTH.matcher(month.text()).matches()) {
                out.set(i - 1, new Token(month.text() + end.text(), month.line(), month.firstOnLine(),
                        month.blankBefore()));
                out.remove(i);
            }
        }
        return out;
    }

    /** The beginning of a label, not a label itself. */
    private static boolean cutHead(String t) {
        return HeaderWords.label(t).isEmpty() && HeaderWords.labelPrefix(t);
    }

    private static boolean ends(List<Token> tokens, List<Integer> heads, int from) {
        for (int k = 0; k < heads.size(); k++) {
            if (HeaderWords.label(tokens.get(heads.get(k)).text() + tokens.get(from + k).text()).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /**
     * A line of periods alone (3月底 6月底 10月底 12月底) is the fund plan's column header even where the text has it
     * before the 资金支出计划 label (a label centred on two lines comes out after the periods): it moves to that
     * field, never into the text of the field before.
     */
    private static void periodsToFundPlan(List<Field> fields) {
        Field plan = null;
        for (Field f : fields) {
            if (f.role() == Meaning.FUND_PLAN) {
                plan = f;
            }
        }
        if (plan == null || plan.value().stream().anyMatch(t -> Shapes.period(t.text()))) {
            return;
        }
        for (Field f : fields) {
            if (f == plan) {
                return;
            }
            List<Token> line = periodLine(f.value());
            if (!line.isEmpty()) {
                f.value().removeAll(line);
                plan.value().addAll(0, line);
                return;
            }
        }
    }

    /**
     * The periods ending the value (two or more) when they start a line: a line of periods, or periods a line each
     * (text printed a run a line), else none.
     */
    private static List<Token> periodLine(List<Token> value) {
        int i = value.size();
        while (i > 0 && Shapes.period(value.get(i - 1).text())) {
            i--;
        }
        if (value.size() - i < 2 || i > 0 && value.get(i - 1).line() == value.get(i).line()) {
            return List.of();
        }
        return new ArrayList<>(value.subList(i, value.size()));
    }

    /** How many tokens from i make a label (the longest match of up to four), or 0. */
    static int labelAt(List<Token> tokens, int i) {
        int most = 4;
        while (most < 10 && i + most < tokens.size() && tokens.get(i + most).text().length() <= 2
                && tokens.get(i + most - 1).text().length() <= 2) {
            most++; // letter-spaced labels: 项 目 资 金 （ 万 元 ）
        }
        if (most < 10 && i + most < tokens.size() && tokens.get(i + most - 1).text().length() <= 2
                && PAREN_NOTE.matcher(tokens.get(i + most).text()).matches()) {
            most++; // the note closing a letter-spaced label: 资 金 支 出 计 划 （%）
        }
        for (int k = Math.min(most, tokens.size() - i); k >= 1; k--) {
            StringBuilder sb = new StringBuilder();
            for (int j = i; j < i + k; j++) {
                sb.append(tokens.get(j).text());
            }
            Optional<Meaning> r = HeaderWords.label(sb.toString());
            if (r.isEmpty()) {
                continue;
            }
            if (k > 1) {
                StringBuilder head = new StringBuilder();
                for (int j = i; j < i + k - 1; j++) {
                    head.append(tokens.get(j).text());
                }
                boolean headIsLabel = HeaderWords.label(head.toString()).isPresent();
                String tail = tokens.get(i + k - 1).text();
                boolean tailHasParen = tail.contains("（") || tail.contains("(");
                if (headIsLabel && tailHasParen && !tail.matches("[（(][^）)]{0,8}[）)]")) {
                    continue;
                }
                if (!HeaderWords.labelPrefix(head.toString())) {
                    continue;
                }
            }
            return k;
        }
        return 0;
    }

    private static boolean twice(Token a, Token b) {
        return a.text().equals(b.text()) && Shapes.amount(a.text());
    }

    /** The leading amount pieces of a value (a wrapped amount is several pieces) and the text after them. */
    record Split(String amount, List<Token> rest) {
    }

    static Split amount(List<Token> value) {
        List<Token> pieces = amountPieces(value);
        StringBuilder sb = new StringBuilder();
        for (Token t : pieces) {
            sb.append(t.text());
        }
        return new Split(sb.toString(), value.subList(pieces.size(), value.size()));
    }

    /**
     * The leading pieces of a value that make its amount: number pieces (or a placeholder), a line each. Two equal
     * whole amounts (120 / 120) are two amounts, as a total and its fiscal share often are, never one cut by a wrap;
     * so is anything after an amount with its two decimals (89.09 / 61.40): a wrap cuts an amount before its end.
     */
    static List<Token> amountPieces(List<Token> value) {
        int i = 0;
        while (i < value.size() && (Shapes.amountPart(value.get(i).text()) || Shapes.placeholder(value.get(i).text()))) {
            boolean sameLine = i > 0 && value.get(i).line() == value.get(i - 1).line();
            boolean ended = i > 0 && (twice(value.get(i - 1), value.get(i)) || Shapes.cents(value.get(i - 1).text()));
            if (sameLine || ended) {
                break;
            }
            i++;
        }
        return value.subList(0, i);
    }
}
