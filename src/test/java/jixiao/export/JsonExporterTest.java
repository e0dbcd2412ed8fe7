package jixiao.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jixiao.Samples;
import jixiao.model.Box;
import jixiao.model.Document;
import jixiao.model.Indicator;
import jixiao.model.Project;

class JsonExporterTest {
    private static final ObjectMapper PLAIN = new ObjectMapper();
    private final JsonExporter exporter = new JsonExporter();

    @Test
    void everyContractFieldIsPresentEvenWhenNull() throws IOException {
        JsonNode doc = PLAIN.readTree(exporter.toJson(TestDocuments.sparse()));
        assertEquals(List.of("schema", "source", "document", "departmentGoals", "projects", "issues"),
                names(doc));
        assertTrue(doc.get("departmentGoals").isNull());
        assertEquals(List.of("title", "fiscalYear", "department", "region", "unitCode", "unitName", "amountUnit"),
                names(doc.get("document")));
        assertTrue(doc.get("source").get("pages").isNull());
        JsonNode project = doc.get("projects").get(0);
        assertEquals(List.of("seq", "title", "code", "name", "department", "unitCode", "unitName", "amountUnit",
                "budget", "purpose", "fundPlan", "goals", "indicators", "pages"), names(project));
        assertTrue(project.get("code").isNull());
        assertTrue(project.get("budget").get("other").isNull());
        assertTrue(project.get("fundPlan").get(0).get("period").isNull());
        JsonNode ind = project.get("indicators").get(0);
        assertEquals(List.of("level1", "level2", "level3", "description", "value", "target", "basis", "page"),
                names(ind));
        assertTrue(ind.get("target").isNull());
        assertTrue(ind.get("page").isNull());
    }

    @Test
    void boxAndCellsAreOmittedWhenNull() throws IOException {
        JsonNode project = PLAIN.readTree(exporter.toJson(TestDocuments.sparse())).get("projects").get(0);
        assertFalse(project.has("box"));
        assertFalse(project.get("indicators").get(0).has("box"));
        assertFalse(project.get("indicators").get(0).has("cells"));
    }

    @Test
    void boxIsAnArrayRoundedToTwoDecimals() throws IOException {
        JsonNode project = PLAIN.readTree(exporter.toJson(TestDocuments.full())).get("projects").get(0);
        assertEquals("[10,20.56,110,40.13]", project.get("box").toString());
        JsonNode ind = project.get("indicators").get(0);
        assertEquals("[10,20.56,110,40.13]", ind.get("box").toString());
        assertEquals("{\"value\":{\"page\":3,\"box\":[1,2,3,4]}}", ind.get("cells").toString());
    }

    @Test
    void bigDecimalsArePlainAndSeverityIsLowercase() {
        String json = exporter.toJson(TestDocuments.full());
        assertTrue(json.contains("\"total\": 1000,"), json);
        assertTrue(json.contains("\"fiscal\": 5.870,"), json);
        assertFalse(json.contains("E+"), json);
        assertTrue(json.contains("\"severity\": \"info\""), json);
        assertTrue(json.contains("\"value\": \"≥95%\""), "UTF-8, not \\u escapes: " + json);
        assertTrue(json.endsWith("}\n"));
    }

    @Test
    void writesUtf8AtomicallyAndReadsBack(@TempDir Path dir) throws IOException {
        Document full = TestDocuments.full();
        Path file = dir.resolve("julu-2023.pdf.json");
        exporter.write(full, file);
        assertEquals(exporter.toJson(full), Files.readString(file, StandardCharsets.UTF_8));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file left");
        }
        Document back = JsonExporter.read(file);
        assertEquals(exporter.toJson(full), exporter.toJson(back));
        assertEquals(0, full.projects().get(0).budget().total().compareTo(back.projects().get(0).budget().total()));
        assertEquals(TestDocuments.sparse(), JsonExporter.parse(exporter.toJson(TestDocuments.sparse())));
    }

    @Test
    void exportNamesFilesAfterTheirSource(@TempDir Path dir) throws IOException {
        List<Path> written = exporter.export(List.of(TestDocuments.full(), TestDocuments.full()), dir);
        assertEquals(List.of(dir.resolve("julu-2023.pdf.json"), dir.resolve("julu-2023.pdf-2.json")), written);
    }

    /** The streaming writer against the databind mapping it replaced: the same bytes, through both outputs. */
    @Test
    void writesExactlyWhatTheDatabindMappingWrote() throws IOException {
        for (Document d : List.of(TestDocuments.full(), TestDocuments.sparse(), TestDocuments.awkward())) {
            assertEquals(DatabindReference.toJson(d), exporter.toJson(d));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            exporter.write(d, out);
            assertArrayEquals(DatabindReference.toBytes(d), out.toByteArray());
        }
    }

    @Test
    void nonFiniteCoordinatesAreWrittenAsNullLikeBefore() throws IOException {
        Indicator ind = new Indicator("a", "b", "c", null, "v", null, null, 1,
                new Box(Double.NaN, 1, Double.POSITIVE_INFINITY, 2), null);
        Document d = new Document(Document.SCHEMA, null, null, null, List.of(new Project(1, null, null, "n", null,
                null, null, null, null, null, List.of(), List.of(), List.of(ind), List.of(1), null)), List.of());
        assertEquals(DatabindReference.toJson(d), exporter.toJson(d));
        assertTrue(exporter.toJson(d).contains("\"box\": [ null, 1, null, 2 ]"), exporter.toJson(d));
    }

    /** The streaming reader against the databind mapping on every gold and on what the writer writes. */
    @Test
    void readsWhatTheDatabindMappingRead() throws IOException {
        List<Path> golds = new ArrayList<>();
        for (String folder : List.of("dev/pdf", "dev/text", "seed")) {
            golds.addAll(Samples.list(folder, ".json"));
        }
        assertTrue(golds.size() > 10, "golds found: " + golds);
        for (Path f : golds) {
            String json = Files.readString(f, StandardCharsets.UTF_8);
            assertEquals(DatabindReference.parse(json), JsonExporter.parse(json), f.toString());
            assertEquals(DatabindReference.parse(json), JsonExporter.read(f), f.toString());
        }
        for (Document d : List.of(TestDocuments.full(), TestDocuments.sparse(), TestDocuments.awkward())) {
            String json = exporter.toJson(d);
            assertEquals(DatabindReference.parse(json), JsonExporter.parse(json));
        }
    }

    /**
     * Damaged and hand-edited documents: the reader accepts what databind accepted (with the same values) and
     * rejects what it rejected, always with an IOException.
     */
    @Test
    void acceptsAndRejectsWhatTheDatabindMappingDid() {
        String base = exporter.toJson(TestDocuments.full());
        List<String> inputs = new ArrayList<>(List.of("", "null", "[]", "{}", "{\"schema\": ", "nonsense",
                "{\"projects\": {}, \"issues\": []}", "{\"projects\": [], \"issues\": []} trailing"));
        List<String[]> edits = new ArrayList<>(); // {what, replaced by}
        edits.add(new String[] {"\"fiscalYear\": 2023", "\"fiscalYear\": \"2023\""});
        edits.add(new String[] {"\"fiscalYear\": 2023,", "\"fiscalYear\": \"\","});
        edits.add(new String[] {"\"pages\": 14", "\"pages\": 14.9"});
        edits.add(new String[] {"\"seq\": 1,", "\"seq\": null,"});
        edits.add(new String[] {"\"title\": \"标题\"", "\"title\": 12"});
        edits.add(new String[] {"\"total\": 1000", "\"total\": \"1000.50\""});
        edits.add(new String[] {"\"severity\": \"info\"", "\"severity\": \"INFO\""});
        edits.add(new String[] {"\"schema\": ", "\"indicatorCount\": 3, \"schema\": "});
        edits.add(new String[] {"\"op\": \">=\"", "\"op\": true"});
        edits.add(new String[] {"\"schema\": \"budget", "\"unknown\": 1, \"schema\": \"budget"});
        edits.add(new String[] {"\"period\": \"3月底\"", "\"period\": \"3月底\", \"extra\": null"});
        edits.add(new String[] {"\"severity\": \"info\"", "\"severity\": \"fatal\""});
        edits.add(new String[] {"\"pages\": [ 3, 4 ]", "\"pages\": null"});
        edits.add(new String[] {"\"goals\": [ \"保证系统稳定\"", "\"goals\": [ null"});
        edits.add(new String[] {"\"box\": [ 1, 2, 3, 4 ]", "\"box\": [ 1, 2, 3 ]"});
        edits.add(new String[] {"\"box\": [ 1, 2, 3, 4 ]", "\"box\": [ 3, 2, 1, 4 ]"});
        edits.add(new String[] {"\"box\": [ 1, 2, 3, 4 ]", "\"box\": \"1,2,3,4\""});
        edits.add(new String[] {"\"fiscalYear\": 2023", "\"fiscalYear\": 99999999999"});
        edits.add(new String[] {"\"fiscalYear\": 2023", "\"fiscalYear\": \"two\""});
        edits.add(new String[] {"\"title\": \"标题\"", "\"title\": [ \"标题\" ]"});
        edits.add(new String[] {"\"issues\": [", "\"issues\": {"});
        for (String[] e : edits) {
            assertTrue(base.contains(e[0]), "the test document has no " + e[0]);
            inputs.add(base.replace(e[0], e[1]));
        }
        for (String json : inputs) {
            assertEquals(outcome(() -> DatabindReference.parse(json)), outcome(() -> JsonExporter.parse(json)), json);
        }
    }

    private interface Parse {
        Document parse() throws IOException;
    }

    /** The document read, or "rejected" when the reader threw an IOException (anything else fails the test). */
    private static Object outcome(Parse parse) {
        try {
            Document d = parse.parse();
            return d == null ? "null" : d;
        } catch (IOException e) {
            return "rejected";
        }
    }

    private static List<String> names(JsonNode node) {
        return iterable(node.fieldNames());
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
