package jixiao;

import java.util.List;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

/** The scorer's {@code contract_errors()}: keys that OUTPUT.md requires on every document, project, indicator. */
final class ContractCheck {
    static final List<String> TOP = List.of("schema", "source", "document", "departmentGoals", "projects", "issues");
    static final List<String> PROJECT = List.of("seq", "title", "code", "name", "department", "unitCode",
            "unitName", "amountUnit", "budget", "purpose", "fundPlan", "goals", "indicators", "pages");
    static final List<String> INDICATOR = List.of("level1", "level2", "level3", "description", "value", "target",
            "basis", "page");

    private ContractCheck() {
    }

    /** Sorted, without duplicates, each prefixed {@code contract: }. */
    static List<String> errors(JsonNode doc) {
        TreeSet<String> errs = new TreeSet<>();
        for (String k : TOP) {
            if (!doc.has(k)) {
                errs.add("contract: missing top-level '" + k + "'");
            }
        }
        if (!doc.path("schema").asText("").startsWith("budget-targets/1")) {
            errs.add("contract: schema is " + doc.path("schema"));
        }
        for (JsonNode p : doc.path("projects")) {
            for (String k : PROJECT) {
                if (!p.has(k)) {
                    errs.add("contract: project missing '" + k + "'");
                }
            }
            for (JsonNode ind : p.path("indicators")) {
                for (String k : INDICATOR) {
                    if (!ind.has(k)) {
                        errs.add("contract: indicator missing '" + k + "'");
                    }
                }
            }
        }
        return List.copyOf(errs);
    }
}
