package jixiao.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jixiao.model.Budget;
import jixiao.model.DepartmentGoals;
import jixiao.model.Document;
import jixiao.model.FundPlanEntry;
import jixiao.model.Indicator;
import jixiao.model.Issue;
import jixiao.model.Metadata;
import jixiao.model.Project;
import jixiao.model.Target;

/**
 * Flattens one document into the rows of the four dataset tables, in the column order of {@link CsvExporter}, as
 * typed values: {@link String}, {@link Integer}, {@link BigDecimal} or null. {@link #cell} turns a value into CSV
 * text (null as an empty cell, numbers plainly, {@link BigDecimal#toPlainString()}); {@link SqliteExporter} binds
 * the values with their types. Lists ({@code fund_plan}, {@code goals}, {@code pages}) are joined into one text
 * value in both. On {@code projects.csv} and
 * {@code indicators.csv}, {@code department}, {@code unit_code}, {@code unit_name} and {@code amount_unit} are the
 * project's own value, or the document's when the project table does not print one, so that every row is
 * self-contained.
 */
final class TableRows {
    private static final Metadata NO_METADATA = new Metadata(null, null, null, null, null, null, null);
    private static final Budget NO_BUDGET = new Budget(null, null, null);

    private TableRows() {
    }

    static List<List<Object>> projects(Document d) {
        Metadata m = metadata(d);
        List<List<Object>> rows = new ArrayList<>();
        for (Project p : d.projects()) {
            Budget b = p.budget() == null ? NO_BUDGET : p.budget();
            rows.add(row(sourcePath(d), m.fiscalYear(), or(p.department(), m.department()),
                    or(p.unitCode(), m.unitCode()), or(p.unitName(), m.unitName()), p.seq(), p.code(), p.name(),
                    or(p.amountUnit(), m.amountUnit()), b.total(), b.fiscal(), b.other(), p.purpose(),
                    orNull(fundPlan(p.fundPlan())), orNull(String.join("\n", p.goals())),
                    orNull(join(p.pages(), ";"))));
        }
        return rows;
    }

    static List<List<Object>> indicators(Document d) {
        Metadata m = metadata(d);
        List<List<Object>> rows = new ArrayList<>();
        for (Project p : d.projects()) {
            for (Indicator i : p.indicators()) {
                Target t = i.target() == null ? new Target(null, null, null) : i.target();
                rows.add(row(sourcePath(d), m.fiscalYear(), or(p.unitCode(), m.unitCode()), p.seq(), p.code(),
                        p.name(), i.level1(), i.level2(), i.level3(), i.description(), i.value(), t.op(), t.number(),
                        t.unit(), i.basis(), i.page()));
            }
        }
        return rows;
    }

    static List<List<Object>> departmentGoals(Document d) {
        DepartmentGoals g = d.departmentGoals();
        if (g == null) {
            return List.of();
        }
        Metadata m = metadata(d);
        String path = sourcePath(d);
        List<List<Object>> rows = new ArrayList<>();
        if (g.overall() != null) {
            rows.add(row(path, m.fiscalYear(), m.department(), "overall", null, null, g.overall()));
        }
        for (DepartmentGoals.GoalItem item : g.items()) {
            rows.add(row(path, m.fiscalYear(), m.department(), "item", item.no(), item.title(), item.target()));
        }
        for (DepartmentGoals.Safeguard s : g.safeguards()) {
            rows.add(row(path, m.fiscalYear(), m.department(), "safeguard", s.no(), s.title(), s.text()));
        }
        return rows;
    }

    static List<List<Object>> issues(Document d) {
        List<List<Object>> rows = new ArrayList<>();
        for (Issue i : d.issues()) {
            rows.add(row(sourcePath(d), i.severity(), i.code(), i.project(), i.page(), i.message()));
        }
        return rows;
    }

    /** {@code 3月底=;6月底=;10月底=;12月底=5.87}; a null period is written as an empty string before {@code =}. */
    static String fundPlan(List<FundPlanEntry> plan) {
        return plan.stream()
                .map(e -> cell(e.period()) + "=" + cell(e.value()))
                .collect(Collectors.joining(";"));
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal b) {
            return b.toPlainString();
        }
        if (value instanceof Enum<?> e) {
            return e.name().toLowerCase(java.util.Locale.ROOT);
        }
        return value.toString();
    }

    /** The values as given (nulls kept), except enums, which become their lowercase names. */
    private static List<Object> row(Object... values) {
        List<Object> row = new ArrayList<>(values.length);
        for (Object v : values) {
            row.add(v instanceof Enum<?> ? cell(v) : v);
        }
        return row;
    }

    private static String join(List<?> values, String separator) {
        return values.stream().map(TableRows::cell).collect(Collectors.joining(separator));
    }

    /** An empty list joins to null, so that SQLite stores NULL (the CSV cell is empty either way). */
    private static String orNull(String joined) {
        return joined.isEmpty() ? null : joined;
    }

    private static String or(String own, String fallback) {
        return own != null ? own : fallback;
    }

    private static Metadata metadata(Document d) {
        return d.document() == null ? NO_METADATA : d.document();
    }

    private static String sourcePath(Document d) {
        return d.source() == null ? null : d.source().path();
    }
}
