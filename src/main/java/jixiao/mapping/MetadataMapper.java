package jixiao.mapping;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jixiao.model.Metadata;
import jixiao.model.Project;
import jixiao.table.TextLine;

/** Document-wide facts: title, fiscal year, department, region and the unit common to all projects. */
final class MetadataMapper {
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
    private static final Pattern TITLE_SPLIT = Pattern.compile("^(.*?)((?:19|20)\\d{2})\\s*年度?(.*)$");
    private static final String[] DEPT_END = {"部门预算", "部门整体", "预算项目", "项目支出", "项目绩效", "整体支出",
        "预算", "项目", "绩效", "整体"};
    private static final Pattern REGION = Pattern.compile("^(.{1,12}?(?:自治县|自治旗|县|区|旗))");
    /** A city, prefecture or league; 州 before 市 is part of the city's name (崇州市, 郑州市), not a prefecture. */
    private static final Pattern CITY = Pattern.compile("^(.{1,12}?(?:市|盟|州(?!市)))");

    private MetadataMapper() {
    }

    /** The document title: the first line of the first page when it names a year and the budget or targets. */
    static String title(List<TextLine> firstLines) {
        if (firstLines.isEmpty()) {
            return null;
        }
        String t = firstLines.get(0).text().strip();
        if (YEAR.matcher(t).find() && (t.contains("绩效") || t.contains("预算") || t.contains("目标"))
                && Numbering.parse(t).isEmpty()) {
            return t;
        }
        return null;
    }

    static Metadata map(String title, String prose, List<Project> projects) {
        Integer year = null;
        if (title != null) {
            year = year(title);
        }
        if (year == null && prose != null) {
            year = year(prose);
        }
        String department = title == null ? null : departmentFromTitle(title);
        String titleRegion = null;
        if (department != null && department.matches(".*(省|市|县|区|旗|州|盟)")) {
            titleRegion = department; // "上海市普陀区2025年区级部门预算" names a region, not a department
            department = null;
        }
        if (department == null) {
            department = common(projects, Project::department);
        }
        String unitName = common(projects, Project::unitName);
        if (department == null && unitName != null) {
            department = unitName.endsWith("本级") ? unitName.substring(0, unitName.length() - 2) : unitName;
        }
        String region = region(department);
        if (region == null && titleRegion != null) {
            region = titleRegion;
        }
        return new Metadata(title, year, department, region, common(projects, Project::unitCode),
                unitName, common(projects, Project::amountUnit));
    }

    private static Integer year(String s) {
        Matcher m = YEAR.matcher(s);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    static String departmentFromTitle(String title) {
        Matcher m = TITLE_SPLIT.matcher(title.replaceAll("\\s+", ""));
        if (!m.matches()) {
            return null;
        }
        String before = m.group(1);
        if (!before.isEmpty()) {
            return before;
        }
        String rest = m.group(3);
        for (String end : DEPT_END) {
            int i = rest.indexOf(end);
            if (i > 0) {
                return rest.substring(0, i);
            }
        }
        return null;
    }

    static String region(String department) {
        if (department == null) {
            return null;
        }
        Matcher m = REGION.matcher(department);
        if (m.find()) {
            return m.group(1);
        }
        m = CITY.matcher(department);
        return m.find() ? m.group(1) : null;
    }

    private static String common(List<Project> projects, Function<Project, String> f) {
        if (projects.isEmpty()) {
            return null;
        }
        String first = f.apply(projects.get(0));
        for (Project p : projects) {
            if (!Objects.equals(first, f.apply(p))) {
                return null;
            }
        }
        return first;
    }
}
