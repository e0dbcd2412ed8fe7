package jixiao.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jixiao.model.Document;

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

    private static List<String> names(JsonNode node) {
        return iterable(node.fieldNames());
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
