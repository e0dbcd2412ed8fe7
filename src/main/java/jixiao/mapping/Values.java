package jixiao.mapping;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jixiao.model.Target;

/** Parses amounts and indicator values exactly as printed: no rescaling, no guessing. */
final class Values {
    private static final Pattern AMOUNT = Pattern.compile("[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");
    private static final Pattern TARGET = Pattern.compile(
            "^(≥|≤|>=|<=|=>|=<|＞＝|＜＝|≧|≦|>|<|＞|＜|=|＝|大于等于|小于等于|不低于|不高于|不少于|不多于|不超过|大于|小于|高于|低于|等于)?"
                    + "\\s*([+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)\\s*(.*)$");
    /** The longest unit after a target number (元/平方米, 批次/千人, 个工作日); longer text is a sentence. */
    private static final int MAX_UNIT = 8;
    private static final Pattern PROSE = Pattern.compile("[，。；、,;]");
    /** A unit per so many (/10万, 例/10万人): the only unit with digits in it. */
    private static final Pattern PER_MANY = Pattern.compile("^[^\\d/]*/\\d+[^\\d]*$");
    /** A calendar year (2023年, 2023年度): a date, no quantity. */
    private static final Pattern YEAR = Pattern.compile("^(19|20)\\d{2}$");
    /**
     * Units that make a number a date or deadline (12月底前, 9月底, 2023年6月), or the tail of a document number
     * (14号, whatever follows it): qualitative here.
     */
    private static final Pattern DATE_REST = Pattern.compile(
            "^(月(底|末|份|初|中旬|上旬|下旬|中)?(前|内|以前|之前|完成)?|月\\d.*|年\\d+月.*|日(前|内)?|号.*)$");
    private static final Map<String, String> OPS = Map.ofEntries(
            Map.entry("≥", ">="), Map.entry(">=", ">="), Map.entry("=>", ">="), Map.entry("＞＝", ">="),
            Map.entry("≧", ">="), Map.entry("大于等于", ">="), Map.entry("不低于", ">="), Map.entry("不少于", ">="),
            Map.entry("≤", "<="), Map.entry("<=", "<="), Map.entry("=<", "<="), Map.entry("＜＝", "<="),
            Map.entry("≦", "<="), Map.entry("小于等于", "<="), Map.entry("不高于", "<="), Map.entry("不多于", "<="),
            Map.entry("不超过", "<="), Map.entry(">", ">"), Map.entry("＞", ">"), Map.entry("大于", ">"),
            Map.entry("高于", ">"), Map.entry("<", "<"), Map.entry("＜", "<"), Map.entry("小于", "<"),
            Map.entry("低于", "<"), Map.entry("=", "="), Map.entry("＝", "="), Map.entry("等于", "="));

    private Values() {
    }

    /** An amount cell ("1,295,903.00", "5.87"), or empty when the cell holds no number. */
    static Optional<BigDecimal> amount(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.replaceAll("\\s+", "").replace("，", ",");
        for (String unit : new String[] {"万元", "千元", "亿元", "元"}) {
            if (s.endsWith(unit) && s.length() > unit.length()) {
                s = s.substring(0, s.length() - unit.length()); // "5.87万元": the unit is the document's own
                break;
            }
        }
        if (s.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = AMOUNT.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(s.replace(",", "")));
    }

    /** Whether a non-empty amount cell holds a placeholder for "none" (—, -, /, 无, 0 is a number). */
    static boolean isPlaceholder(String text) {
        String s = text.replaceAll("\\s+", "");
        return s.matches("[-—–/／\\\\]+|无|空|不适用");
    }

    /** The parse of an indicator value, or null when it is qualitative (text, dates, deadlines). */
    static Target target(String value) {
        if (value == null) {
            return null;
        }
        String s = value.strip();
        Matcher m = TARGET.matcher(s);
        if (!m.matches()) {
            return null;
        }
        String opText = m.group(1);
        String rest = m.group(3).strip();
        if (DATE_REST.matcher(rest.replaceAll("\\s+", "")).matches()) {
            return null;
        }
        if (rest.replaceAll("\\s+", "").length() > MAX_UNIT || PROSE.matcher(rest).find()) {
            return null; // a number inside a sentence ("30日内分解下达…"): no target to read
        }
        String unit = rest.replaceAll("\\s+", "");
        if (unit.replaceAll("(?<=[A-Za-z])[23]", "").matches(".*\\d.*") && !PER_MANY.matcher(unit).matches()) {
            return null; // two numbers in one value ("99.00万元62%"; not m2, m3, /10万): no single target to read
        }
        if (opText == null && YEAR.matcher(m.group(2)).matches() && unit.startsWith("年")) {
            return null; // a year ("2023年"): a date, as 12月底前 is
        }
        String op = opText == null ? "=" : OPS.get(opText);
        BigDecimal number = new BigDecimal(m.group(2).replace(",", ""));
        return new Target(op, number, rest.isEmpty() ? null : rest);
    }

    /** Family G: separate 指标性质 (≥ ≤ = 定性), value and 度量单位 cells. Null when qualitative. */
    static Target target(String op, String value, String unit) {
        String o = op == null ? "" : op.replaceAll("\\s+", "");
        if (o.contains("定性")) {
            return null;
        }
        Target t = target(value);
        if (t == null) {
            return null;
        }
        String mappedOp = o.isEmpty() ? t.op() : OPS.getOrDefault(o, t.op());
        String u = unit == null || unit.isBlank() ? t.unit() : unit.strip();
        return new Target(mappedOp, t.number(), u);
    }
}
