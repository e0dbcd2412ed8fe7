package jixiao.export;

import static jixiao.export.JsonValues.decimal;
import static jixiao.export.JsonValues.describe;
import static jixiao.export.JsonValues.integer;
import static jixiao.export.JsonValues.list;
import static jixiao.export.JsonValues.nullOrStart;
import static jixiao.export.JsonValues.primitive;
import static jixiao.export.JsonValues.rejected;
import static jixiao.export.JsonValues.string;
import static jixiao.export.JsonValues.unknown;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

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
 * Reads the contract's JSON into the model on a streaming {@link JsonParser}, the counterpart of
 * {@link DocumentWriter}, and as strict as the Jackson databind mapping it replaced: fields in any order, a missing
 * field is null (0 for {@code seq}, {@code no} and a cell's {@code page}), an unknown field is an error. Scalars are
 * coerced as databind's defaults did: a number or boolean where text is expected is read as its text, text where a
 * number is expected is parsed ({@code ""} is null), a fraction where an integer is expected is truncated. Anything
 * else (an object where a list is expected, a list that is not a list of the right things, a value a record rejects)
 * is a {@link JsonParseException} naming the place. Stateless.
 */
final class DocumentReader {
    private DocumentReader() {
    }

    /** The document at the parser's next token; null for a JSON {@code null}. */
    static Document document(JsonParser p) throws IOException {
        JsonToken t = p.nextToken();
        if (t == null) {
            throw new JsonParseException(p, "no content: the file is empty");
        }
        return document(p, t);
    }

    private static Document document(JsonParser p, JsonToken t) throws IOException {
        if (nullOrStart(p, t, "document")) {
            return null;
        }
        String schema = null;
        Source source = null;
        Metadata metadata = null;
        DepartmentGoals goals = null;
        List<Project> projects = null;
        List<Issue> issues = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken v = p.nextToken();
            switch (field) {
                case "schema" -> schema = string(p, v);
                case "source" -> source = source(p, v);
                case "document" -> metadata = metadata(p, v);
                case "departmentGoals" -> goals = departmentGoals(p, v);
                case "projects" -> projects = list(p, v, "projects", DocumentReader::project);
                case "issues" -> issues = list(p, v, "issues", DocumentReader::issue);
                default -> throw unknown(p, "document", field);
            }
        }
        try {
            return new Document(schema, source, metadata, goals, projects, issues);
        } catch (RuntimeException e) {
            throw rejected(p, "document", e);
        }
    }

    /** The {@code source} object at the current token (the parser is on its value); null for a JSON null. */
    static Source source(JsonParser p, JsonToken t) throws IOException {
        if (nullOrStart(p, t, "source")) {
            return null;
        }
        String path = null;
        String sha = null;
        String format = null;
        Integer pages = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken v = p.nextToken();
            switch (field) {
                case "path" -> path = string(p, v);
                case "sha256" -> sha = string(p, v);
                case "format" -> format = string(p, v);
                case "pages" -> pages = integer(p, v);
                default -> throw unknown(p, "source", field);
            }
        }
        return new Source(path, sha, format, pages);
    }

    private static Metadata metadata(JsonParser p, JsonToken t) throws IOException {
        if (nullOrStart(p, t, "document")) {
            return null;
        }
        String[] s = new String[6];
        Integer year = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken v = p.nextToken();
            switch (field) {
                case "title" -> s[0] = string(p, v);
                case "fiscalYear" -> year = integer(p, v);
                case "department" -> s[1] = string(p, v);
                case "region" -> s[2] = string(p, v);
                case "unitCode" -> s[3] = string(p, v);
                case "unitName" -> s[4] = string(p, v);
                case "amountUnit" -> s[5] = string(p, v);
                default -> throw unknown(p, "document", field);
            }
        }
        return new Metadata(s[0], year, s[1], s[2], s[3], s[4], s[5]);
    }

    private static DepartmentGoals departmentGoals(JsonParser p, JsonToken t) throws IOException {
        if (nullOrStart(p, t, "departmentGoals")) {
            return null;
        }
        String overall = null;
        List<DepartmentGoals.GoalItem> items = null;
        List<DepartmentGoals.Safeguard> safeguards = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken v = p.nextToken();
            switch (field) {
                case "overall" -> overall = string(p, v);
                case "items" -> items = list(p, v, "items",
                        (q, u) -> numbered(q, u, "items", "target", DepartmentGoals.GoalItem::new));
                case "safeguards" -> safeguards = list(p, v, "safeguards",
                        (q, u) -> numbered(q, u, "safeguards", "text", DepartmentGoals.Safeguard::new));
                default -> throw unknown(p, "departmentGoals", field);
            }
        }
        try {
            return new DepartmentGoals(overall, items, safeguards);
        } catch (RuntimeException e) {
            throw rejected(p, "departmentGoals", e);
        }
    }

    private interface Numbered<T> {
        T make(int no, String title, String text);
    }

    /** A goal item or a safeguard: {@code no}, {@code title} and one text field. */
    private static <T> T numbered(JsonParser p, JsonToken t, String where, String textField, Numbered<T> make)
            throws IOException {
        if (nullOrStart(p, t, where)) {
            return null;
        }
        int no = 0;
        String title = null;
        String text = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken v = p.nextToken();
            if (field.equals("no")) {
                no = primitive(p, v);
            } else if (field.equals("title")) {
                title = string(p, v);
            } else if (field.equals(textField)) {
                text = string(p, v);
            } else {
                throw unknown(p, where, field);
            }
        }
        return make.make(no, title, text);
    }

    private static Project project(JsonParser p, JsonToken t) throws IOException {
        if (nullOrStart(p, t, "project")) {
            return null;
        }
        int seq = 0;
        String[] s = new String[8];
        Budget budget = null;
        List<FundPlanEntry> fundPlan = null;
        List<String> goals = null;
        List<Indicator> indicators = null;
        List<Integer> pages = null;
        Box box = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken v = p.nextToken();
            switch (field) {
                case "seq" -> seq = primitive(p, v);
                case "title" -> s[0] = string(p, v);
                case "code" -> s[1] = string(p, v);
                case "name" -> s[2] = string(p, v);
                case "department" -> s[3] = string(p, v);
                case "unitCode" -> s[4] = string(p, v);
                case "unitName" -> s[5] = string(p, v);
                case "amountUnit" -> s[6] = string(p, v);
                case "budget" -> budget = budget(p, v);
                case "purpose" -> s[7] = string(p, v);
                case "fundPlan" -> fundPlan = list(p, v, "fundPlan", DocumentReader::fundPlanEntry);
                case "goals" -> goals = list(p, v, "goals", JsonValues::string);
                case "indicators" -> indicators = list(p, v, "indicators", DocumentReader::indicator);
                case "pages" -> pages = list(p, v, "pages", JsonValues::integer);
                case "box" -> box = box(p, v);
                default -> throw unknown(p, "project", field);
            }
        }
        try {
            return new Project(seq, s[0], s[1], s[2], s[3], s[4], s[5], s[6], budget, s[7], fundPlan, goals,
                    indicators, pages, box);
        } catch (RuntimeException e) {
            throw rejected(p, "project", e);
        }
    }

    private static Budget budget(JsonParser p, JsonToken t) throws IOException {
        if (nullOrStart(p, t, "budget")) {
            return null;
        }
        BigDecimal[] v = new BigDecimal[3];
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken u = p.nextToken();
            switch (field) {
                case "total" -> v[0] = decimal(p, u);
                case "fiscal" -> v[1] = decimal(p, u);
                case "other" -> v[2] = decimal(p, u);
                default -> throw unknown(p, "budget", field);
            }
        }
        return new Budget(v[0], v[1], v[2]);
    }

    private static FundPlanEntry fundPlanEntry(JsonParser p, JsonToken t) throws IOException {
        if (nullOrStart(p, t, "fundPlan")) {
            return null;
        }
        String period = null;
        BigDecimal value = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken v = p.nextToken();
            switch (field) {
                case "period" -> period = string(p, v);
                case "value" -> value = decimal(p, v);
                default -> throw unknown(p, "fundPlan", field);
            }
        }
        return new FundPlanEntry(period, value);
    }

    private static Indicator indicator(JsonParser p, JsonToken t) throws IOException {
        if (nullOrStart(p, t, "indicator")) {
            return null;
        }
        String[] s = new String[6];
        Target target = null;
        Integer page = null;
        Box box = null;
        Map<String, Indicator.CellRef> cells = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken v = p.nextToken();
            switch (field) {
                case "level1" -> s[0] = string(p, v);
                case "level2" -> s[1] = string(p, v);
                case "level3" -> s[2] = string(p, v);
                case "description" -> s[3] = string(p, v);
                case "value" -> s[4] = string(p, v);
                case "target" -> target = target(p, v);
                case "basis" -> s[5] = string(p, v);
                case "page" -> page = integer(p, v);
                case "box" -> box = box(p, v);
                case "cells" -> cells = cells(p, v);
                default -> throw unknown(p, "indicator", field);
            }
        }
        return new Indicator(s[0], s[1], s[2], s[3], s[4], target, s[5], page, box, cells);
    }

    private static Target target(JsonParser p, JsonToken t) throws IOException {
        if (nullOrStart(p, t, "target")) {
            return null;
        }
        String op = null;
        BigDecimal number = null;
        String unit = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken v = p.nextToken();
            switch (field) {
                case "op" -> op = string(p, v);
                case "number" -> number = decimal(p, v);
                case "unit" -> unit = string(p, v);
                default -> throw unknown(p, "target", field);
            }
        }
        return new Target(op, number, unit);
    }

    /** A JSON object of cell name to {@code {page, box}}, in the file's order. */
    private static Map<String, Indicator.CellRef> cells(JsonParser p, JsonToken t) throws IOException {
        if (nullOrStart(p, t, "cells")) {
            return null;
        }
        Map<String, Indicator.CellRef> cells = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            if (nullOrStart(p, v, "cells")) {
                cells.put(name, null);
                continue;
            }
            int page = 0;
            Box box = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken u = p.nextToken();
                switch (field) {
                    case "page" -> page = primitive(p, u);
                    case "box" -> box = box(p, u);
                    default -> throw unknown(p, "cells", field);
                }
            }
            cells.put(name, new Indicator.CellRef(page, box));
        }
        return cells;
    }

    private static Issue issue(JsonParser p, JsonToken t) throws IOException {
        if (nullOrStart(p, t, "issue")) {
            return null;
        }
        Issue.Severity severity = null;
        String code = null;
        Integer project = null;
        Integer page = null;
        String message = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken v = p.nextToken();
            switch (field) {
                case "severity" -> severity = severity(p, v);
                case "code" -> code = string(p, v);
                case "project" -> project = integer(p, v);
                case "page" -> page = integer(p, v);
                case "message" -> message = string(p, v);
                default -> throw unknown(p, "issue", field);
            }
        }
        return new Issue(severity, code, project, page, message);
    }

    private static Issue.Severity severity(JsonParser p, JsonToken t) throws IOException {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        String text = p.getValueAsString();
        for (Issue.Severity s : Issue.Severity.values()) {
            if (s.name().equalsIgnoreCase(text)) {
                return s;
            }
        }
        throw new JsonParseException(p, "severity is error, warning or info; found " + describe(p, t));
    }

    /** {@code [x0, y0, x1, y1]}, or null. */
    private static Box box(JsonParser p, JsonToken t) throws IOException {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.START_ARRAY) {
            throw new JsonParseException(p, "a box is an array of 4 numbers; found " + describe(p, t));
        }
        double[] v = new double[4];
        int n = 0;
        for (JsonToken u = p.nextToken(); u != JsonToken.END_ARRAY; u = p.nextToken()) {
            if (n == 4 || u == null || !u.isNumeric()) {
                throw new JsonParseException(p, "a box is an array of 4 numbers; found " + describe(p, u)
                        + " at index " + n);
            }
            v[n++] = p.getDoubleValue();
        }
        if (n != 4) {
            throw new JsonParseException(p, "a box is an array of 4 numbers; found " + n);
        }
        try {
            return new Box(v[0], v[1], v[2], v[3]);
        } catch (RuntimeException e) {
            throw rejected(p, "box", e);
        }
    }
}
