package jixiao.export;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonGenerationException;
import com.fasterxml.jackson.core.JsonGenerator;

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

/**
 * The contract's JSON shape, written field by field on a streaming {@link JsonGenerator}: each record's components
 * in declaration order, every field present (null when missing) except {@code box} and {@code cells}, which are
 * omitted when null; {@code box} as {@code [x0, y0, x1, y1]} rounded to 2 decimals; {@code cells} in key order;
 * {@code Issue.Severity} as its lowercase name. Amounts are written as the generator writes BigDecimals (plain, with
 * the generator's {@code WRITE_BIGDECIMAL_AS_PLAIN}).
 *
 * <p>Written by hand rather than by Jackson databind, which would build the same output by introspecting the
 * records on first use: that costs about half a second in a fresh JVM, longer than converting a short PDF.
 * {@code JsonExporterTest} holds the output to the databind mapping it replaced, byte for byte. The records' lists
 * are copied by their constructors, so they are never null and hold no null. Stateless.
 */
final class DocumentWriter {
    private DocumentWriter() {
    }

    static void document(JsonGenerator g, Document d) throws IOException {
        if (d == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        string(g, "schema", d.schema());
        g.writeFieldName("source");
        source(g, d.source());
        g.writeFieldName("document");
        metadata(g, d.document());
        g.writeFieldName("departmentGoals");
        departmentGoals(g, d.departmentGoals());
        g.writeFieldName("projects");
        g.writeStartArray();
        for (Project p : d.projects()) {
            project(g, p);
        }
        g.writeEndArray();
        g.writeFieldName("issues");
        g.writeStartArray();
        for (Issue i : d.issues()) {
            issue(g, i);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void source(JsonGenerator g, Source s) throws IOException {
        if (s == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        string(g, "path", s.path());
        string(g, "sha256", s.sha256());
        string(g, "format", s.format());
        integer(g, "pages", s.pages());
        g.writeEndObject();
    }

    private static void metadata(JsonGenerator g, Metadata m) throws IOException {
        if (m == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        string(g, "title", m.title());
        integer(g, "fiscalYear", m.fiscalYear());
        string(g, "department", m.department());
        string(g, "region", m.region());
        string(g, "unitCode", m.unitCode());
        string(g, "unitName", m.unitName());
        string(g, "amountUnit", m.amountUnit());
        g.writeEndObject();
    }

    private static void departmentGoals(JsonGenerator g, DepartmentGoals goals) throws IOException {
        if (goals == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        string(g, "overall", goals.overall());
        g.writeFieldName("items");
        g.writeStartArray();
        for (DepartmentGoals.GoalItem item : goals.items()) {
            g.writeStartObject();
            g.writeNumberField("no", item.no());
            string(g, "title", item.title());
            string(g, "target", item.target());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeFieldName("safeguards");
        g.writeStartArray();
        for (DepartmentGoals.Safeguard s : goals.safeguards()) {
            g.writeStartObject();
            g.writeNumberField("no", s.no());
            string(g, "title", s.title());
            string(g, "text", s.text());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void project(JsonGenerator g, Project p) throws IOException {
        g.writeStartObject();
        g.writeNumberField("seq", p.seq());
        string(g, "title", p.title());
        string(g, "code", p.code());
        string(g, "name", p.name());
        string(g, "department", p.department());
        string(g, "unitCode", p.unitCode());
        string(g, "unitName", p.unitName());
        string(g, "amountUnit", p.amountUnit());
        g.writeFieldName("budget");
        budget(g, p.budget());
        string(g, "purpose", p.purpose());
        g.writeFieldName("fundPlan");
        g.writeStartArray();
        for (FundPlanEntry e : p.fundPlan()) {
            g.writeStartObject();
            string(g, "period", e.period());
            decimal(g, "value", e.value());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeFieldName("goals");
        g.writeStartArray();
        for (String goal : p.goals()) {
            g.writeString(goal);
        }
        g.writeEndArray();
        g.writeFieldName("indicators");
        g.writeStartArray();
        for (Indicator i : p.indicators()) {
            indicator(g, i);
        }
        g.writeEndArray();
        g.writeFieldName("pages");
        g.writeStartArray();
        for (Integer page : p.pages()) {
            g.writeNumber(page);
        }
        g.writeEndArray();
        if (p.box() != null) {
            g.writeFieldName("box");
            box(g, p.box());
        }
        g.writeEndObject();
    }

    private static void budget(JsonGenerator g, Budget b) throws IOException {
        if (b == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        decimal(g, "total", b.total());
        decimal(g, "fiscal", b.fiscal());
        decimal(g, "other", b.other());
        g.writeEndObject();
    }

    private static void indicator(JsonGenerator g, Indicator i) throws IOException {
        g.writeStartObject();
        string(g, "level1", i.level1());
        string(g, "level2", i.level2());
        string(g, "level3", i.level3());
        string(g, "description", i.description());
        string(g, "value", i.value());
        g.writeFieldName("target");
        target(g, i.target());
        string(g, "basis", i.basis());
        integer(g, "page", i.page());
        if (i.box() != null) {
            g.writeFieldName("box");
            box(g, i.box());
        }
        if (i.cells() != null) {
            g.writeFieldName("cells");
            cells(g, i.cells());
        }
        g.writeEndObject();
    }

    private static void target(JsonGenerator g, Target t) throws IOException {
        if (t == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        string(g, "op", t.op());
        decimal(g, "number", t.number());
        string(g, "unit", t.unit());
        g.writeEndObject();
    }

    /** In key order, so that the output is the same whatever order the cells were found in. */
    private static void cells(JsonGenerator g, Map<String, Indicator.CellRef> cells) throws IOException {
        if (cells.containsKey(null)) {
            throw new JsonGenerationException("a cell without a name cannot be written in JSON", g);
        }
        g.writeStartObject();
        for (Map.Entry<String, Indicator.CellRef> e : new TreeMap<>(cells).entrySet()) {
            g.writeFieldName(e.getKey());
            Indicator.CellRef ref = e.getValue();
            if (ref == null) {
                g.writeNull();
                continue;
            }
            g.writeStartObject();
            g.writeNumberField("page", ref.page());
            g.writeFieldName("box");
            box(g, ref.box());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void issue(JsonGenerator g, Issue i) throws IOException {
        g.writeStartObject();
        string(g, "severity", i.severity() == null ? null : i.severity().name().toLowerCase(Locale.ROOT));
        string(g, "code", i.code());
        integer(g, "project", i.project());
        integer(g, "page", i.page());
        string(g, "message", i.message());
        g.writeEndObject();
    }

    private static void box(JsonGenerator g, Box box) throws IOException {
        if (box == null) {
            g.writeNull();
            return;
        }
        g.writeStartArray();
        rounded(g, box.x0());
        rounded(g, box.y0());
        rounded(g, box.x1());
        rounded(g, box.y1());
        g.writeEndArray();
    }

    private static void rounded(JsonGenerator g, double v) throws IOException {
        if (!Double.isFinite(v)) {
            g.writeNull(); // JSON has no NaN; a non-finite coordinate is unknown
            return;
        }
        g.writeNumber(BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros());
    }

    private static void string(JsonGenerator g, String field, String value) throws IOException {
        g.writeFieldName(field);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeString(value);
        }
    }

    private static void integer(JsonGenerator g, String field, Integer value) throws IOException {
        g.writeFieldName(field);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeNumber(value.intValue());
        }
    }

    private static void decimal(JsonGenerator g, String field, BigDecimal value) throws IOException {
        g.writeFieldName(field);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeNumber(value);
        }
    }
}
