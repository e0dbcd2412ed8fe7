package jixiao.text;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The words of the table headers: project header-block labels (families H, C and G) and indicator column names,
 * recognised after normalising (white space, parenthesised units, colons and a leading 其中 removed).
 */
final class HeaderWords {
    private static final Pattern PAREN = Pattern.compile("[（(][^）)]*[）)]");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private static final Map<Role, List<String>> LABELS = Map.ofEntries(
            Map.entry(Role.CODE, List.of("项目编码", "项目代码", "项目编号")),
            Map.entry(Role.NAME, List.of("项目名称")),
            Map.entry(Role.DEPARTMENT, List.of("主管部门", "主管单位", "预算部门", "部门名称")),
            Map.entry(Role.UNIT, List.of("实施单位", "项目实施单位", "单位名称", "预算单位")),
            Map.entry(Role.BUDGET_GROUP, List.of("预算规模及资金用途", "预算规模及用途", "项目资金", "资金情况",
                    "项目预算", "预算规模", "资金规模", "年度资金")),
            Map.entry(Role.TOTAL, List.of("预算数", "年度资金总额", "资金总额", "预算总额", "年度预算数", "项目资金总额",
                    "预算资金", "预算金额", "总额")),
            Map.entry(Role.FISCAL, List.of("财政资金", "财政拨款", "财政拨款资金", "财政性资金", "一般公共预算",
                    "本年财政拨款")),
            Map.entry(Role.OTHER, List.of("其他资金", "其它资金", "其他来源资金")),
            Map.entry(Role.PURPOSE, List.of("资金用途", "项目用途", "项目概况", "主要用途")),
            Map.entry(Role.FUND_PLAN, List.of("资金支出计划", "资金支出进度计划", "资金使用计划", "支出计划",
                    "资金支出进度", "预算执行进度计划")),
            Map.entry(Role.GOALS, List.of("绩效目标", "年度绩效目标", "年度总体目标", "项目绩效目标", "总体目标",
                    "年度目标", "项目年度绩效目标", "整体目标", "长期目标")),
            Map.entry(Role.OTHER_LABEL, List.of("项目负责人", "联系电话", "项目属性", "项目类型", "项目类别", "项目期限",
                    "实施期限", "起止时间", "项目起止时间", "资金来源", "立项依据", "项目概述")));

    /** Full indicator column names seen in the families, normalised; used to rejoin a wrapped header cell. */
    private static final List<String> COLUMN_NAMES = List.of("一级指标", "二级指标", "三级指标", "指标名称",
            "绩效指标名称", "绩效指标描述", "指标描述", "指标内容", "指标解释", "指标说明", "指标值", "年度指标值",
            "指标值确定依据", "指标值设定依据", "指标值来源依据", "指标确定依据", "确定依据", "设定依据", "指标性质",
            "度量单位", "计量单位", "运算符号", "目标值", "备注");

    private HeaderWords() {
    }

    static String normalize(String text) {
        String s = SPACE.matcher(text).replaceAll("");
        s = PAREN.matcher(s).replaceAll("");
        s = s.replace("：", "").replace(":", "");
        if (s.startsWith("其中")) {
            s = s.substring(2);
        }
        return s;
    }

    /** The header-block label a text names, if any. */
    static Optional<Role> label(String text) {
        String n = normalize(text);
        if (n.isEmpty() || n.length() > 16 || hasOpenParen(text)) {
            return Optional.empty();
        }
        for (Map.Entry<Role, List<String>> e : LABELS.entrySet()) {
            if (e.getValue().contains(n)) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

    /** Whether the text could be the start of a wrapped header-block label. */
    static boolean labelPrefix(String text) {
        String n = SPACE.matcher(text).replaceAll("").replace("：", "").replace(":", "");
        if (n.isEmpty() || n.length() > 12) {
            return false;
        }
        String bare = n.startsWith("其中") ? n.substring(2) : n;
        for (List<String> names : LABELS.values()) {
            for (String l : names) {
                if (l.startsWith(bare) && !bare.isEmpty() || bare.isEmpty() && n.startsWith("其中")) {
                    return true;
                }
                if (bare.startsWith(l) && hasOpenParen(bare)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean hasOpenParen(String s) {
        int open = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '（' || c == '(') {
                open++;
            } else if ((c == '）' || c == ')') && open > 0) {
                open--;
            }
        }
        return open > 0;
    }

    /** The indicator column a header cell names, if any. */
    static Optional<Role> column(String text) {
        if (hasOpenParen(text)) {
            return Optional.empty();
        }
        String n = normalize(text);
        if (n.isEmpty() || n.length() > 20) {
            return Optional.empty();
        }
        if (n.equals("一级指标")) {
            return Optional.of(Role.LEVEL1);
        }
        if (n.equals("二级指标")) {
            return Optional.of(Role.LEVEL2);
        }
        if (n.equals("三级指标") || n.equals("指标名称") || n.equals("绩效指标名称")) {
            return Optional.of(Role.LEVEL3);
        }
        if (n.contains("依据")) {
            return Optional.of(Role.BASIS);
        }
        if (n.contains("描述") || n.contains("指标内容") || n.contains("指标解释") || n.contains("指标说明")) {
            return Optional.of(Role.DESCRIPTION);
        }
        if (n.contains("性质") || n.equals("运算符号") || n.equals("符号")) {
            return Optional.of(Role.OP);
        }
        if (n.contains("度量单位") || n.contains("计量单位") || n.equals("单位")) {
            return Optional.of(Role.MEASURE_UNIT);
        }
        if (n.contains("指标值") || n.contains("目标值") || n.equals("值")) {
            return Optional.of(Role.VALUE);
        }
        if (n.equals("备注")) {
            return Optional.of(Role.EXTRA);
        }
        return Optional.empty();
    }

    /** Whether the text is the beginning of a known column name that a wrap cut (指标值确定依 → 指标值确定依据). */
    static boolean columnPrefix(String text) {
        String n = SPACE.matcher(text).replaceAll("");
        if (n.isEmpty()) {
            return false;
        }
        if (hasOpenParen(n)) {
            return n.startsWith("指标值") || n.startsWith("目标值");
        }
        for (String name : COLUMN_NAMES) {
            if (name.startsWith(n) && !name.equals(n)) {
                return true;
            }
        }
        return false;
    }
}
