package jixiao.export;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jixiao.model.Box;
import jixiao.model.Budget;
import jixiao.model.DepartmentGoals;
import jixiao.model.Document;
import jixiao.model.FundPlanEntry;
import jixiao.model.Indicator;
import jixiao.model.Issue;
import jixiao.model.Metadata;
import jixiao.model.Project;
import jixiao.model.Source;
import jixiao.model.Target;

/** Small hand-made documents for the exporter tests. */
final class TestDocuments {
    private TestDocuments() {
    }

    /** A text-format document: most optional values null, no boxes. */
    static Document sparse() {
        Indicator ind = new Indicator("产出指标", null, "数量", null, "12月底前", null, null, null, null, null);
        Project p = new Project(1, null, null, "项目, 甲", null, null, null, null, new Budget(null, null, null), null,
                List.of(new FundPlanEntry(null, new BigDecimal("5.87"))), List.of(), List.of(ind), List.of(), null);
        return new Document(Document.SCHEMA, new Source("in/a.txt", "ab".repeat(32), "text", null),
                new Metadata(null, null, null, null, null, null, null), null, List.of(p),
                List.of(Issue.warning("FUND_PLAN_COLUMN_UNKNOWN", 1, null, "1 value for 4 periods")));
    }

    /** A PDF-format document with boxes, cells, department goals and awkward text. */
    static Document full() {
        Box box = new Box(10.004, 20.555, 110.0, 40.126);
        Indicator ind = new Indicator("产出指标", "数量指标", "平台运行维护费数量", "描述，含逗号, and \"quotes\"",
                "≥95%", new Target(">=", new BigDecimal("95"), "%"), "县领导批示", 3, box,
                Map.of("value", new Indicator.CellRef(3, new Box(1, 2, 3, 4))));
        Project p = new Project(1, "某项目绩效目标表", "13052923P00T9A410003K", "某项目", null, "475001",
                "巨鹿县乡村振兴局本级", "万元", new Budget(new BigDecimal("1E+3"), new BigDecimal("5.870"), null),
                "用途", List.of(new FundPlanEntry("3月底", null), new FundPlanEntry("12月底", new BigDecimal("5.87"))),
                List.of("保证系统稳定", "数据正常流转"), List.of(ind), List.of(3, 4), box);
        DepartmentGoals goals = new DepartmentGoals("总体目标\n第二行",
                List.of(new DepartmentGoals.GoalItem(1, "持续完善", "进一步健全")),
                List.of(new DepartmentGoals.Safeguard(1, "加强组织领导", "统一思想认识，压实工作责任。")));
        return new Document(Document.SCHEMA, new Source("in/julu-2023.pdf", "cd".repeat(32), "pdf", 14),
                new Metadata("标题", 2023, "巨鹿县乡村振兴局", "巨鹿县", "475001", "巨鹿县乡村振兴局本级", "万元"),
                goals, List.of(p), List.of(Issue.info("NOTE", 1, 3, "note")));
    }

    /**
     * Values at the edges of the JSON shape: cells out of key order with a null one and one without a box, negative
     * and half-way coordinates, amounts in every BigDecimal form, text that must be escaped, empty lists, a null
     * severity, no metadata, goals or source.
     */
    static Document awkward() {
        Map<String, Indicator.CellRef> cells = new LinkedHashMap<>();
        cells.put("value", new Indicator.CellRef(2, new Box(0.005, 0.015, 1.005, 2.675)));
        cells.put("level3", null);
        cells.put("basis", new Indicator.CellRef(0, null));
        cells.put("", new Indicator.CellRef(1, new Box(-3.333, -2, -1, 0)));
        Indicator a = new Indicator("一级\t指标", "二级\u0001\n", "三级 \"q\" \\ / \u2028", "😀 emoji", "≥95%",
                new Target("<=", new BigDecimal("-0.000"), null), "", 0, new Box(0, 0, 0, 0), cells);
        Indicator b = new Indicator(null, null, null, null, null, new Target(null, new BigDecimal("1E-10"), "%"),
                null, -1, null, Map.of());
        Project p = new Project(0, "", null, null, null, null, null, null,
                new Budget(new BigDecimal("1E+3"), new BigDecimal("123456789012345678901234567890.123456789"),
                        BigDecimal.valueOf(1, -2)),
                null, List.of(new FundPlanEntry("", BigDecimal.ZERO)), List.of("", "目标\r\n二"), List.of(a, b),
                List.of(1, 1, 0), new Box(-0.004, 1e-9, 1e9, 1e10));
        Project empty = new Project(2, null, null, null, null, null, null, null, null, null, List.of(), List.of(),
                List.of(), List.of(), null);
        return new Document(null, null, null, new DepartmentGoals(null, List.of(), List.of()), List.of(p, empty),
                List.of(new Issue(null, null, null, null, null), Issue.error("E", -1, 0, "")));
    }
}
