package jixiao.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The words of target-table headers, one vocabulary for every reader: project header-block labels and indicator
 * column names of layout families H, C and G, recognised after normalising (white space, parenthesised notes and
 * units, colons and a leading 其中 removed).
 */
public final class HeaderVocabulary {
    private static final Pattern PAREN = Pattern.compile("[（(][^）)]*[）)]");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private static final Map<Meaning, List<String>> LABELS = Map.ofEntries(
            Map.entry(Meaning.CODE, List.of("项目编码", "项目代码", "项目编号")),
            Map.entry(Meaning.NAME, List.of("项目名称")),
            Map.entry(Meaning.DEPARTMENT, List.of("主管部门", "主管单位", "预算部门", "部门名称")),
            Map.entry(Meaning.UNIT, List.of("实施单位", "项目实施单位", "单位名称", "预算单位")),
            Map.entry(Meaning.BUDGET_GROUP, List.of("预算规模及资金用途", "预算规模及用途", "项目资金", "资金情况",
                    "项目预算", "预算规模", "资金规模", "年度资金")),
            Map.entry(Meaning.TOTAL, List.of("预算数", "年度资金总额", "资金总额", "预算总额", "年度预算数", "项目资金总额",
                    "预算资金", "预算金额", "总额")),
            Map.entry(Meaning.FISCAL, List.of("财政资金", "财政拨款", "财政拨款资金", "财政性资金", "一般公共预算",
                    "本年财政拨款")),
            Map.entry(Meaning.OTHER, List.of("其他资金", "其它资金", "其他来源资金")),
            Map.entry(Meaning.PURPOSE, List.of("资金用途", "项目用途", "项目概况", "主要用途")),
            Map.entry(Meaning.FUND_PLAN, List.of("资金支出计划", "资金支出进度计划", "资金使用计划", "支出计划",
                    "资金支出进度", "预算执行进度计划")),
            Map.entry(Meaning.GOALS, List.of("绩效目标", "年度绩效目标", "年度总体目标", "项目绩效目标", "总体目标",
                    "年度目标", "项目年度绩效目标", "整体目标", "长期目标")),
            Map.entry(Meaning.OTHER_LABEL, List.of("项目负责人", "联系电话", "项目属性", "项目类型", "项目类别",
                    "项目期限", "实施期限", "起止时间", "项目起止时间", "资金来源", "立项依据", "项目概述")));

    /** Full indicator column names seen in the families, normalised (to rejoin a wrapped header cell). */
    private static final List<String> COLUMN_NAMES = List.of("一级指标", "二级指标", "三级指标", "指标名称",
            "绩效指标名称", "绩效指标描述", "指标描述", "指标内容", "指标解释", "指标说明", "指标值", "年度指标值",
            "指标值确定依据", "指标值设定依据", "指标值来源依据", "指标确定依据", "确定依据", "设定依据", "指标性质",
            "度量单位", "计量单位", "运算符号", "目标值", "备注");

    private static final List<String> LABEL_NAMES;

    static {
        List<String> all = new ArrayList<>();
        LABELS.values().forEach(all::addAll);
        LABEL_NAMES = List.copyOf(all);
    }

    private HeaderVocabulary() {
    }

    /** White space and parenthesised notes removed, a leading 其中 and colons dropped: "其中：财政拨款" → "财政拨款". */
    public static String normalize(String text) {
        String s = SPACE.matcher(text).replaceAll("");
        s = PAREN.matcher(s).replaceAll("");
        s = s.replace("：", "").replace(":", "");
        if (s.startsWith("其中")) {
            s = s.substring(2);
        }
        return s;
    }

    /** The header-block label a text names exactly (after normalising), if any. */
    public static Optional<Meaning> label(String text) {
        String n = normalize(text);
        if (n.isEmpty() || n.length() > 16) {
            return Optional.empty();
        }
        for (Map.Entry<Meaning, List<String>> e : LABELS.entrySet()) {
            if (e.getValue().contains(n)) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

    /** The indicator column a header cell names, if any; the most specific meanings are tried first. */
    public static Optional<Meaning> column(String text) {
        String n = normalize(text);
        if (n.isEmpty() || n.length() > 20) {
            return Optional.empty();
        }
        if (n.equals("一级指标")) {
            return Optional.of(Meaning.LEVEL1);
        }
        if (n.equals("二级指标")) {
            return Optional.of(Meaning.LEVEL2);
        }
        if (n.equals("三级指标") || n.equals("指标名称") || n.equals("绩效指标名称")) {
            return Optional.of(Meaning.LEVEL3);
        }
        if (n.contains("依据")) {
            return Optional.of(Meaning.BASIS);
        }
        if (n.contains("描述") || n.contains("指标内容") || n.contains("指标解释") || n.contains("指标说明")) {
            return Optional.of(Meaning.DESCRIPTION);
        }
        if (n.contains("性质") || n.equals("运算符号") || n.equals("符号")) {
            return Optional.of(Meaning.OP);
        }
        if (n.contains("度量单位") || n.contains("计量单位") || n.equals("单位")) {
            return Optional.of(Meaning.MEASURE_UNIT);
        }
        if (n.contains("指标值") || n.contains("目标值") || n.equals("值")) {
            return Optional.of(Meaning.VALUE);
        }
        if (n.equals("备注")) {
            return Optional.of(Meaning.EXTRA);
        }
        return Optional.empty();
    }

    /** Every header-block label name, normalised. */
    public static List<String> labelNames() {
        return LABEL_NAMES;
    }

    /** Every indicator column name, normalised. */
    public static List<String> columnNames() {
        return COLUMN_NAMES;
    }
}
