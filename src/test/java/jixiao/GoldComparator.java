package jixiao;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;

/**
 * Compares our JSON with a gold the way {@code shared/eval/score} does, but lists every difference instead of a
 * score: strings with all white space removed (empty = null), numbers equal within 1e-9 relative, projects aligned
 * by code (else name), indicators by level3+description, goals and department items/safeguards as in the scorer,
 * the fund plan by period (PDF) or as a multiset of values (text), and for PDF the page fields. A field counts when
 * either side has a value. It also reports contract keys missing from our JSON and gold issue codes we did not
 * report (the scorer's {@code contract_violations} and {@code issues_found}).
 *
 * <p>Differences read {@code projects[3].indicators[12].value: expected "≥95%" got "≥95"}; indices are the gold's,
 * and {@code [+j]} marks an extra record of ours.
 */
public final class GoldComparator {
    private static final Pattern WS = Pattern.compile("[\\s\\x1c-\\x1f]+", Pattern.UNICODE_CHARACTER_CLASS);
    static final List<String> DOC_FIELDS = List.of("title", "fiscalYear", "department", "region", "unitCode",
            "unitName", "amountUnit");
    static final List<String> PROJECT_FIELDS = List.of("title", "code", "name", "department", "unitCode",
            "unitName", "amountUnit", "budget.total", "budget.fiscal", "budget.other", "purpose");
    static final List<String> INDICATOR_FIELDS = List.of("level1", "level2", "level3", "description", "value",
            "basis", "target.op", "target.number", "target.unit");
    static final List<String> ITEM_FIELDS = List.of("no", "title", "target");
    static final List<String> SAFEGUARD_FIELDS = List.of("no", "title", "text");

    private final List<String> differences = new ArrayList<>();

    private GoldComparator() {
    }

    /** Every difference between our document {@code out} and {@code gold}; empty when they agree. */
    public static List<String> compare(JsonNode gold, JsonNode out) {
        GoldComparator c = new GoldComparator();
        c.differences.addAll(ContractCheck.errors(out));
        c.document(gold, out);
        c.issues(gold, out);
        return List.copyOf(c.differences);
    }

    private void document(JsonNode gold, JsonNode out) {
        boolean text = "text".equals(gold.path("source").path("format").asText());
        for (String f : DOC_FIELDS) {
            field("document." + f, pick(gold, "document." + f), pick(out, "document." + f));
        }
        departmentGoals(gold.path("departmentGoals"), out.path("departmentGoals"));
        List<JsonNode> gps = list(gold.path("projects"));
        List<JsonNode> ops = list(out.path("projects"));
        List<int[]> pairs = SequenceAlignment.align(keys(gps, GoldComparator::projectKey),
                keys(ops, GoldComparator::projectKey));
        for (int[] p : pairs) {
            project("projects[" + p[0] + "]", gps.get(p[0]), ops.get(p[1]), text);
        }
        Set<Integer> usedG = new HashSet<>();
        Set<Integer> usedO = new HashSet<>();
        pairs.forEach(p -> { usedG.add(p[0]); usedO.add(p[1]); });
        for (int i = 0; i < gps.size(); i++) {
            if (!usedG.contains(i)) {
                missingProject("projects[" + i + "]", gps.get(i), text);
            }
        }
        for (int j = 0; j < ops.size(); j++) {
            if (!usedO.contains(j)) {
                extra("projects[+" + j + "]", ops.get(j), PROJECT_FIELDS);
                List<JsonNode> inds = list(ops.get(j).path("indicators"));
                for (int k = 0; k < inds.size(); k++) {
                    extra("projects[+" + j + "].indicators[" + k + "]", inds.get(k), INDICATOR_FIELDS);
                }
            }
        }
    }

    private void departmentGoals(JsonNode gdg, JsonNode odg) {
        if (!truthy(gdg) && !truthy(odg)) {
            return;
        }
        field("departmentGoals.overall", gdg.path("overall"), odg.path("overall"));
        Function<JsonNode, Object> byTitle = x -> orEmpty(norm(x.path("title")));
        records("departmentGoals.items", list(gdg.path("items")), list(odg.path("items")), ITEM_FIELDS, byTitle);
        records("departmentGoals.safeguards", list(gdg.path("safeguards")), list(odg.path("safeguards")),
                SAFEGUARD_FIELDS, byTitle);
    }

    private void project(String where, JsonNode g, JsonNode o, boolean text) {
        for (String f : PROJECT_FIELDS) {
            field(where + "." + f, pick(g, f), pick(o, f));
        }
        fundPlan(where, list(g.path("fundPlan")), list(o.path("fundPlan")), text);
        strings(where + ".goals", list(g.path("goals")), list(o.path("goals")));
        List<JsonNode> gi = list(g.path("indicators"));
        List<JsonNode> oi = list(o.path("indicators"));
        List<int[]> pairs = records(where + ".indicators", gi, oi, INDICATOR_FIELDS, GoldComparator::indicatorKey);
        if (text) {
            return;
        }
        List<JsonNode> gp = list(g.path("pages"));
        if (!gp.isEmpty()) {
            List<Double> gs = sortedNumbers(gp);
            List<Double> os = sortedNumbers(list(o.path("pages")));
            if (!gs.equals(os)) {
                differences.add(where + ".pages: expected " + gs + " got " + os);
            }
        }
        for (int[] p : pairs) {
            JsonNode gpage = gi.get(p[0]).path("page");
            if (!gpage.isNull() && !gpage.isMissingNode()) {
                field(where + ".indicators[" + p[0] + "].page", gpage, oi.get(p[1]).path("page"));
            }
        }
    }

    private void missingProject(String where, JsonNode g, boolean text) {
        absent(where, g, PROJECT_FIELDS);
        fundPlan(where, list(g.path("fundPlan")), List.of(), text);
        strings(where + ".goals", list(g.path("goals")), List.of());
        List<JsonNode> inds = list(g.path("indicators"));
        for (int k = 0; k < inds.size(); k++) {
            absent(where + ".indicators[" + k + "]", inds.get(k), INDICATOR_FIELDS);
        }
    }

    /** {@code score_list}: align by key, compare the fields of pairs, report unpaired records field by field. */
    private List<int[]> records(String where, List<JsonNode> gold, List<JsonNode> out, List<String> fields,
                                Function<JsonNode, Object> key) {
        List<int[]> pairs = SequenceAlignment.align(keys(gold, key), keys(out, key));
        Set<Integer> usedG = new HashSet<>();
        Set<Integer> usedO = new HashSet<>();
        for (int[] p : pairs) {
            usedG.add(p[0]);
            usedO.add(p[1]);
            for (String f : fields) {
                field(where + "[" + p[0] + "]." + f, pick(gold.get(p[0]), f), pick(out.get(p[1]), f));
            }
        }
        for (int i = 0; i < gold.size(); i++) {
            if (!usedG.contains(i)) {
                absent(where + "[" + i + "]", gold.get(i), fields);
            }
        }
        for (int j = 0; j < out.size(); j++) {
            if (!usedO.contains(j)) {
                extra(where + "[+" + j + "]", out.get(j), fields);
            }
        }
        return pairs;
    }

    /** {@code score_strings}: lists of strings, normalised first, then aligned; paths are {@code goals[i]}. */
    private void strings(String where, List<JsonNode> gold, List<JsonNode> out) {
        List<JsonNode> g = gold.stream().map(GoldComparator::normalizedNode).toList();
        List<JsonNode> o = out.stream().map(GoldComparator::normalizedNode).toList();
        List<int[]> pairs = SequenceAlignment.align(keys(g, GoldComparator::norm), keys(o, GoldComparator::norm));
        Set<Integer> usedG = new HashSet<>();
        Set<Integer> usedO = new HashSet<>();
        for (int[] p : pairs) {
            usedG.add(p[0]);
            usedO.add(p[1]);
            field(where + "[" + p[0] + "]", g.get(p[0]), o.get(p[1]));
        }
        for (int i = 0; i < g.size(); i++) {
            if (!usedG.contains(i)) {
                field(where + "[" + i + "]", g.get(i), NullNode.getInstance());
            }
        }
        for (int j = 0; j < o.size(); j++) {
            if (!usedO.contains(j)) {
                field(where + "[+" + j + "]", NullNode.getInstance(), o.get(j));
            }
        }
    }

    private void fundPlan(String where, List<JsonNode> gold, List<JsonNode> out, boolean text) {
        if (text) {
            List<Double> gv = sortedNumbers(gold.stream().map(e -> e.path("value")).toList());
            List<Double> ov = sortedNumbers(out.stream().map(e -> e.path("value")).toList());
            for (int k = 0; k < Math.max(gv.size(), ov.size()); k++) {
                field(where + ".fundPlan[" + k + "]", number(k < gv.size() ? gv.get(k) : null),
                        number(k < ov.size() ? ov.get(k) : null));
            }
            return;
        }
        Map<String, JsonNode> gmap = byPeriod(gold);
        Map<String, JsonNode> omap = byPeriod(out);
        List<String> periods = new ArrayList<>(gmap.keySet());
        omap.keySet().stream().filter(p -> !gmap.containsKey(p)).forEach(periods::add);
        for (String p : periods) {
            field(where + ".fundPlan[" + p + "]", gmap.getOrDefault(p, NullNode.getInstance()),
                    omap.getOrDefault(p, NullNode.getInstance()));
        }
    }

    private void issues(JsonNode gold, JsonNode out) {
        Set<String> codes = new HashSet<>();
        list(out.path("issues")).forEach(i -> codes.add(i.path("code").asText(null)));
        List<JsonNode> gi = list(gold.path("issues"));
        for (int i = 0; i < gi.size(); i++) {
            String code = gi.get(i).path("code").asText();
            if (!codes.contains(code)) {
                differences.add("issues[" + i + "].code: expected \"" + code + "\" got no issue with that code");
            }
        }
    }

    private void field(String where, JsonNode gold, JsonNode out) {
        Object g = norm(gold);
        Object o = norm(out);
        if (g == null && o == null) {
            return;
        }
        if (!same(g, o)) {
            differences.add(where + ": expected " + show(gold) + " got " + show(out));
        }
    }

    private void absent(String where, JsonNode gold, List<String> fields) {
        fields.forEach(f -> field(where + "." + f, pick(gold, f), NullNode.getInstance()));
    }

    private void extra(String where, JsonNode out, List<String> fields) {
        fields.forEach(f -> field(where + "." + f, NullNode.getInstance(), pick(out, f)));
    }

    // ---- the scorer's normalisation ----

    /** {@code norm()}: null, Boolean, Double, or a string without white space (empty → null). */
    static Object norm(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return null;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isNumber()) {
            return v.doubleValue();
        }
        if (v.isTextual()) {
            String s = WS.matcher(v.textValue()).replaceAll("");
            return s.isEmpty() ? null : s;
        }
        return v.toString(); // objects and arrays: compared as their JSON text
    }

    static boolean same(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) {
            return Math.abs(x - y) <= Math.max(1e-9 * Math.max(Math.abs(x), Math.abs(y)), 1e-12);
        }
        return a == null ? b == null : a.equals(b);
    }

    private static String show(JsonNode n) {
        return n == null || n.isMissingNode() ? "null" : n.toString();
    }

    static JsonNode pick(JsonNode obj, String dotted) {
        JsonNode cur = obj;
        for (String part : dotted.split("\\.")) {
            if (cur == null || !cur.isObject()) {
                return NullNode.getInstance();
            }
            cur = cur.get(part);
        }
        return cur == null ? NullNode.getInstance() : cur;
    }

    static Object projectKey(JsonNode p) {
        Object code = norm(p.path("code"));
        return code != null ? code : orEmpty(norm(p.path("name")));
    }

    static Object indicatorKey(JsonNode i) {
        return orEmpty(norm(i.path("level3"))) + "|" + orEmpty(norm(i.path("description")));
    }

    private static Object orEmpty(Object o) {
        return o == null ? "" : o;
    }

    private static boolean truthy(JsonNode n) {
        return n != null && !n.isNull() && !n.isMissingNode() && !(n.isContainerNode() && n.isEmpty());
    }

    private static List<JsonNode> list(JsonNode n) {
        List<JsonNode> out = new ArrayList<>();
        if (n != null && n.isArray()) {
            n.forEach(out::add);
        }
        return out;
    }

    private static List<Object> keys(List<JsonNode> nodes, Function<JsonNode, Object> key) {
        List<Object> keys = new ArrayList<>();
        nodes.forEach(n -> keys.add(key.apply(n)));
        return keys;
    }

    private static List<Double> sortedNumbers(List<JsonNode> nodes) {
        return nodes.stream().filter(JsonNode::isNumber).map(JsonNode::doubleValue).sorted().toList();
    }

    private static Map<String, JsonNode> byPeriod(List<JsonNode> plan) {
        Map<String, JsonNode> m = new LinkedHashMap<>();
        plan.stream().filter(JsonNode::isObject)
                .forEach(e -> m.put(periodKey(e.path("period")), e.path("value")));
        return m;
    }

    /** Python's dict key: the period string, None for null or missing, else the value's JSON text. */
    private static String periodKey(JsonNode p) {
        if (p.isNull() || p.isMissingNode()) {
            return null;
        }
        return p.isTextual() ? p.textValue() : p.toString();
    }

    private static JsonNode number(Double d) {
        return d == null ? NullNode.getInstance() : JsonNodeFactory.instance.numberNode(d);
    }

    private static JsonNode normalizedNode(JsonNode n) {
        Object v = norm(n);
        return v == null ? NullNode.getInstance() : JsonNodeFactory.instance.textNode(v.toString());
    }
}
