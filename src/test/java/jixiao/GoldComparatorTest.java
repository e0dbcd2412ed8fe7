package jixiao;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The comparator itself: a gold equals itself, and each kind of change is reported once, naming the field. */
class GoldComparatorTest {
    private static final Path JULU_PDF_GOLD = Samples.path("dev/pdf/julu-2023.writer.gold.json");
    private static final Path JULU_TEXT_GOLD = Samples.path("seed/julu-2023.gold.json");

    static Stream<Path> golds() {
        List<Path> all = new ArrayList<>(Samples.list("dev/pdf", ".gold.json"));
        all.addAll(Samples.list("dev/text", ".gold.json"));
        all.add(JULU_TEXT_GOLD);
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("golds")
    void goldEqualsItself(Path gold) {
        JsonNode g = Samples.readJson(gold);
        assertEquals(List.of(), GoldComparator.compare(g, g.deepCopy()));
    }

    @Test
    void whiteSpaceAndEmptyStringsAreNormalised() {
        JsonNode gold = Samples.readJson(JULU_PDF_GOLD);
        ObjectNode out = (ObjectNode) gold.deepCopy();
        ObjectNode ind = indicator(out, 0, 0);
        ind.put("level3", " " + ind.path("level3").asText().replace("", " ").strip() + "\u3000\n");
        ((ObjectNode) out.path("document")).put("title", gold.path("document").path("title").isNull() ? "" : null);
        assertEquals(List.of(), GoldComparator.compare(gold, out));
    }

    @Test
    void changedValueIsNamed() {
        JsonNode gold = Samples.readJson(JULU_PDF_GOLD);
        ObjectNode out = (ObjectNode) gold.deepCopy();
        String value = indicator(gold, 3, 2).path("value").asText();
        indicator(out, 3, 2).put("value", value + "x");
        assertEquals(List.of("projects[3].indicators[2].value: expected \"" + value + "\" got \"" + value + "x\""),
                GoldComparator.compare(gold, out));
    }

    @Test
    void numbersAreComparedWithinRelativeTolerance() {
        JsonNode gold = Samples.readJson(JULU_PDF_GOLD);
        ObjectNode out = (ObjectNode) gold.deepCopy();
        ObjectNode budget = (ObjectNode) out.path("projects").path(0).path("budget");
        double total = budget.path("total").asDouble();
        budget.put("total", total * (1 + 1e-12));
        assertEquals(List.of(), GoldComparator.compare(gold, out));
        budget.put("total", total + 0.01);
        assertEquals(1, GoldComparator.compare(gold, out).size());
    }

    @Test
    void droppedIndicatorCostsItsFieldsOnly() {
        JsonNode gold = Samples.readJson(JULU_PDF_GOLD);
        ObjectNode out = (ObjectNode) gold.deepCopy();
        ((ArrayNode) out.path("projects").path(1).path("indicators")).remove(4);
        List<String> diffs = GoldComparator.compare(gold, out);
        diffs.forEach(d -> assertEquals(true, d.startsWith("projects[1].indicators[4]."), d));
        assertEquals(false, diffs.isEmpty());
    }

    @Test
    void pagesCountForPdf() {
        JsonNode gold = Samples.readJson(JULU_PDF_GOLD);
        ObjectNode out = (ObjectNode) gold.deepCopy();
        int page = indicator(gold, 0, 0).path("page").asInt();
        indicator(out, 0, 0).put("page", page + 1);
        assertEquals(List.of("projects[0].indicators[0].page: expected " + page + " got " + (page + 1)),
                GoldComparator.compare(gold, out));
    }

    @Test
    void textFundPlanIsAMultisetOfValues() {
        JsonNode gold = Samples.readJson(JULU_TEXT_GOLD);
        ObjectNode out = (ObjectNode) gold.deepCopy();
        ObjectNode entry = (ObjectNode) out.path("projects").path(0).path("fundPlan").path(0);
        entry.put("period", "12月底");
        assertEquals(List.of(), GoldComparator.compare(gold, out));
        entry.put("value", 1.5);
        assertEquals(1, GoldComparator.compare(gold, out).size());
    }

    @Test
    void missingContractKeyIsReported() {
        JsonNode gold = Samples.readJson(JULU_PDF_GOLD);
        ObjectNode out = (ObjectNode) gold.deepCopy();
        indicator(out, 0, 0).remove("basis");
        List<String> diffs = GoldComparator.compare(gold, out);
        assertEquals("contract: indicator missing 'basis'", diffs.get(0));
    }

    private static ObjectNode indicator(JsonNode doc, int project, int indicator) {
        return (ObjectNode) doc.path("projects").path(project).path("indicators").path(indicator);
    }
}
