package jixiao.mapping;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Header cells recognised by meaning. Text is normalised first (white space, parenthesised units, a leading 其中 and
 * colons removed), then looked up in synonym lists covering layout families H, C and G.
 */
final class Labels {
    private static final Pattern PAREN = Pattern.compile("[（(]([^）)]*)[）)]");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    /** Exact synonyms of project header labels, after {@link #normalize}. */
    private static final Map<Field, List<String>> HEADER = Map.ofEntries(
            Map.entry(Field.CODE, List.of("项目编码", "项目代码", "项目编号")),
            Map.entry(Field.NAME, List.of("项目名称")),
            Map.entry(Field.DEPARTMENT, List.of("主管部门", "主管单位", "预算部门", "部门名称")),
            Map.entry(Field.UNIT, List.of("实施单位", "项目实施单位", "单位名称", "预算单位")),
            Map.entry(Field.BUDGET_GROUP, List.of("预算规模及资金用途", "预算规模及用途", "项目资金", "资金情况",
                    "项目预算", "预算规模", "资金规模", "年度资金")),
            Map.entry(Field.TOTAL, List.of("预算数", "年度资金总额", "资金总额", "预算总额", "年度预算数", "项目资金总额",
                    "预算资金", "预算金额", "总额")),
            Map.entry(Field.FISCAL, List.of("财政资金", "财政拨款", "财政拨款资金", "财政性资金", "一般公共预算",
                    "本年财政拨款")),
            Map.entry(Field.OTHER, List.of("其他资金", "其它资金", "其他来源资金")),
            Map.entry(Field.PURPOSE, List.of("资金用途", "项目用途", "项目概况", "主要用途")),
            Map.entry(Field.FUND_PLAN, List.of("资金支出计划", "资金支出进度计划", "资金使用计划", "支出计划",
                    "资金支出进度", "预算执行进度计划")),
            Map.entry(Field.GOALS, List.of("绩效目标", "年度绩效目标", "年度总体目标", "项目绩效目标", "总体目标",
                    "年度目标", "项目年度绩效目标", "整体目标", "长期目标")));

    private Labels() {
    }

    /** White space and parentheses removed, a leading 其中 and colons dropped: "其中：财政拨款" → "财政拨款". */
    static String normalize(String text) {
        String s = SPACE.matcher(text).replaceAll("");
        s = PAREN.matcher(s).replaceAll("");
        s = s.replace("：", "").replace(":", "");
        if (s.startsWith("其中")) {
            s = s.substring(2);
        }
        return s;
    }

    /** The unit in parentheses of a label such as 项目资金（万元）, if it names a currency unit. */
    static Optional<String> unitIn(String label) {
        Matcher m = PAREN.matcher(SPACE.matcher(label).replaceAll(""));
        while (m.find()) {
            String u = m.group(1);
            if (u.equals("万元") || u.equals("元") || u.equals("千元") || u.equals("亿元")) {
                return Optional.of(u);
            }
        }
        return Optional.empty();
    }

    /** The project header field a label cell names, if any. */
    static Optional<Field> header(String text) {
        String n = normalize(text);
        if (n.isEmpty() || n.length() > 16) {
            return Optional.empty();
        }
        for (Map.Entry<Field, List<String>> e : HEADER.entrySet()) {
            if (e.getValue().contains(n)) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

    /** The indicator column a header cell names, if any. Most specific meanings are tried first. */
    static Optional<Field> indicatorColumn(String text) {
        String n = normalize(text);
        if (n.isEmpty() || n.length() > 20) {
            return Optional.empty();
        }
        if (n.equals("一级指标")) {
            return Optional.of(Field.LEVEL1);
        }
        if (n.equals("二级指标")) {
            return Optional.of(Field.LEVEL2);
        }
        if (n.equals("三级指标") || n.equals("指标名称") || n.equals("绩效指标名称")) {
            return Optional.of(Field.LEVEL3);
        }
        if (n.contains("依据")) {
            return Optional.of(Field.BASIS);
        }
        if (n.contains("描述") || n.contains("指标内容") || n.contains("指标解释") || n.contains("指标说明")) {
            return Optional.of(Field.DESCRIPTION);
        }
        if (n.contains("性质") || n.equals("运算符号") || n.equals("符号")) {
            return Optional.of(Field.OP);
        }
        if (n.contains("度量单位") || n.contains("计量单位") || n.equals("单位")) {
            return Optional.of(Field.MEASURE_UNIT);
        }
        if (n.contains("指标值") || n.contains("目标值") || n.equals("年度指标值") || n.equals("值")) {
            return Optional.of(Field.VALUE);
        }
        return Optional.empty();
    }

    /** Whether the cells of a row form the indicator grid's column header (一级指标 and another level). */
    static boolean isIndicatorHeader(List<String> cellTexts) {
        boolean l1 = false;
        boolean other = false;
        for (String t : cellTexts) {
            Optional<Field> f = indicatorColumn(t);
            if (f.isPresent()) {
                if (f.get() == Field.LEVEL1) {
                    l1 = true;
                } else if (f.get() == Field.LEVEL2 || f.get() == Field.LEVEL3) {
                    other = true;
                }
            }
        }
        return l1 && other;
    }
}
