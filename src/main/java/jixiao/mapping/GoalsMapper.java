package jixiao.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jixiao.model.DepartmentGoals;

/**
 * Department-wide goals from the prose before the project tables: the 总体绩效目标 paragraph, numbered 分项绩效目标
 * (title + 绩效目标： text) and numbered 工作保障措施 (title + text, or "title。text" in one paragraph).
 */
final class GoalsMapper {
    private static final Pattern OVERALL = Pattern.compile("(部门)?(整体)?总体(绩效)?目标|年度总体(绩效)?目标|总体绩效目标");
    private static final Pattern ITEMS = Pattern.compile("(部门)?分项(绩效)?目标|具体(绩效)?目标|年度(分项)?绩效目标");
    private static final Pattern SAFEGUARDS = Pattern.compile("(工作)?保障措施|(实现)?(绩效)?目标(的)?(工作)?保障措施|工作措施");
    private static final Pattern PART = Pattern.compile("第[一二三四五六七八九十]+部分.*");
    private static final Pattern TARGET_PREFIX = Pattern.compile("^(绩效目标|目标|年度目标)[：:]\\s*");

    private enum Section { NONE, OVERALL, ITEMS, SAFEGUARDS }

    private GoalsMapper() {
    }

    /** The goals, or null when the prose has none of the three sections. */
    static DepartmentGoals map(List<Paragraphs.Paragraph> paragraphs) {
        Section section = Section.NONE;
        StringBuilder overall = new StringBuilder();
        List<String[]> items = new ArrayList<>(); // no, title, target
        List<String[]> safeguards = new ArrayList<>();
        boolean found = false;
        for (Paragraphs.Paragraph p : paragraphs) {
            String text = p.text();
            if (projectLabel(text)) {
                break; // a project's table the segmenter could not rebuild: its 年度绩效目标 are not the department's
            }
            Section heading = heading(text);
            if (heading != null) {
                section = heading;
                found = true;
                continue;
            }
            if (isPartHeading(text)) {
                if (found && text.contains("第二部分")) {
                    break;
                }
                continue;
            }
            switch (section) {
                case OVERALL -> overall.append(text);
                case ITEMS -> item(text, items);
                case SAFEGUARDS -> safeguard(text, safeguards);
                default -> { }
            }
        }
        if (!found) {
            return null;
        }
        List<DepartmentGoals.GoalItem> its = new ArrayList<>();
        for (String[] i : items) {
            its.add(new DepartmentGoals.GoalItem(Integer.parseInt(i[0]), i[1], emptyToNull(i[2])));
        }
        List<DepartmentGoals.Safeguard> sgs = new ArrayList<>();
        for (String[] s : safeguards) {
            sgs.add(new DepartmentGoals.Safeguard(Integer.parseInt(s[0]), s[1], emptyToNull(s[2])));
        }
        return new DepartmentGoals(emptyToNull(overall.toString()), its, sgs);
    }

    /** Whether the paragraph is a project table's 项目编码 or 项目名称 label, or an indicator column name. */
    private static boolean projectLabel(String text) {
        return Labels.projectLabel(text) || Labels.indicatorColumn(text).isPresent();
    }

    private static void item(String text, List<String[]> items) {
        Optional<Numbering.Numbered> n = Numbering.parse(text);
        if (n.isPresent()) {
            String rest = n.get().rest();
            String[] parts = TARGET_PREFIX.split(rest, 2);
            int idx = indexOfTargetLabel(rest);
            if (idx > 0) {
                items.add(new String[] {String.valueOf(n.get().no()), trimTitle(rest.substring(0, idx)),
                        TARGET_PREFIX.matcher(rest.substring(idx)).replaceFirst("")});
            } else {
                items.add(new String[] {String.valueOf(n.get().no()), trimTitle(parts[0]), ""});
            }
            return;
        }
        if (items.isEmpty()) {
            return;
        }
        String[] last = items.get(items.size() - 1);
        last[2] = last[2] + TARGET_PREFIX.matcher(text).replaceFirst("");
    }

    private static int indexOfTargetLabel(String s) {
        int i = s.indexOf("绩效目标：");
        return i < 0 ? s.indexOf("绩效目标:") : i;
    }

    private static void safeguard(String text, List<String[]> safeguards) {
        Optional<Numbering.Numbered> n = Numbering.parse(text);
        if (n.isPresent()) {
            String rest = n.get().rest();
            int stop = rest.indexOf('。');
            if (stop > 0 && stop < rest.length() - 1) {
                safeguards.add(new String[] {String.valueOf(n.get().no()), rest.substring(0, stop),
                        rest.substring(stop + 1)});
            } else {
                safeguards.add(new String[] {String.valueOf(n.get().no()), trimTitle(rest), ""});
            }
            return;
        }
        if (safeguards.isEmpty()) {
            return;
        }
        String[] last = safeguards.get(safeguards.size() - 1);
        last[2] = last[2] + text;
    }

    private static String trimTitle(String s) {
        String t = s.strip();
        while (t.endsWith("。") || t.endsWith("：") || t.endsWith(":")) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }

    /** A section heading: numbering plus one of the three section names, nothing else. */
    private static Section heading(String text) {
        String t = Numbering.strip(text).replaceAll("\\s+", "");
        if (t.length() > 16) {
            return null;
        }
        if (OVERALL.matcher(t).matches()) {
            return Section.OVERALL;
        }
        if (ITEMS.matcher(t).matches()) {
            return Section.ITEMS;
        }
        if (SAFEGUARDS.matcher(t).matches()) {
            return Section.SAFEGUARDS;
        }
        return null;
    }

    private static boolean isPartHeading(String text) {
        String t = text.replaceAll("\\s+", "");
        return PART.matcher(t).matches() || t.equals("部门整体绩效目标") || t.equals("预算项目绩效目标")
                || t.equals("项目支出绩效目标");
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
