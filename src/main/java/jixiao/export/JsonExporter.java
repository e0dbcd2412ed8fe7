package jixiao.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

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
 * Writes one contract document as pretty-printed UTF-8 JSON, and reads it back. Every field is present (null when
 * missing) except the optional {@code box} and {@code cells}; amounts are written plainly ({@code 1900.00}, never
 * {@code 1.9E+3}). The shape is written and read field by field on Jackson's streaming generator and parser
 * ({@link DocumentWriter}, {@link DocumentReader}), not through databind, whose first use in a fresh JVM costs more
 * than converting a short PDF. Configured once: the factory and the pretty printer are shared, immutable and
 * thread-safe.
 */
public final class JsonExporter implements Exporter {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)); // "key": value

    /** Writes the document to {@code file}, replacing it atomically. */
    public void write(Document document, Path file) throws IOException {
        AtomicFiles.write(file, out -> write(document, out));
    }

    /** Writes the document to the stream as UTF-8, ending with a newline; the stream is left open. */
    public void write(Document document, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.setPrettyPrinter(PRETTY.createInstance());
            DocumentWriter.document(g, document);
        }
        out.write('\n');
    }

    public String toJson(Document document) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setPrettyPrinter(PRETTY.createInstance());
            DocumentWriter.document(g, document);
        } catch (IOException e) {
            // no I/O is involved, so this is a model value the contract cannot express: a bug
            throw new UncheckedIOException("cannot serialise document " + document.source(), e);
        }
        return out.append('\n').toString();
    }

    /** One file per document, named after the file name of its {@code source.path} (see {@link OutputNames}). */
    @Override
    public List<Path> export(List<Document> documents, Path dir) throws IOException {
        OutputNames.Allocator names = new OutputNames.Allocator();
        List<Path> written = new ArrayList<>();
        for (Document d : documents) {
            Path file = dir.resolve(names.jsonName(sourceFileName(d)));
            write(d, file);
            written.add(file);
        }
        return written;
    }

    /**
     * Writes and reads back a small document that uses every contract record, so that the classes of the JSON path
     * are loaded and initialised. Cheap since the JSON is written and read without databind (a few milliseconds);
     * a one-file run calls it on a spare thread at start. Safe to call from any thread, any number of times.
     */
    public static void warmUp() {
        Box box = new Box(1, 2, 3, 4);
        Indicator indicator = new Indicator("a", "b", "c", "d", "≥1%", new Target(">=", BigDecimal.ONE, "%"), "e",
                1, box, Map.of("value", new Indicator.CellRef(1, box)));
        Project project = new Project(1, "t", "c", "n", "d", "u", "un", "万元",
                new Budget(BigDecimal.ONE, null, null), "p", List.of(new FundPlanEntry("12月底", BigDecimal.ONE)),
                List.of("g"), List.of(indicator), List.of(1), box);
        Document d = new Document(Document.SCHEMA, new Source("x.pdf", "0", "pdf", 1),
                new Metadata("t", 2023, "d", "r", "u", "un", "万元"),
                new DepartmentGoals("o", List.of(new DepartmentGoals.GoalItem(1, "t", "g")),
                        List.of(new DepartmentGoals.Safeguard(1, "t", "s"))),
                List.of(project), List.of(Issue.info("X", 1, 1, "m")));
        try {
            parse(new JsonExporter().toJson(d));
        } catch (IOException e) {
            throw new UncheckedIOException("the contract's JSON mapping is broken", e);
        }
    }

    /** Reads a document written by this exporter (or any JSON following the contract). */
    public static Document read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); JsonParser p = FACTORY.createParser(in)) {
            return DocumentReader.document(p);
        }
    }

    /**
     * The {@code source} object of a document file, read without parsing the rest (the batch's resume index reads
     * it from every JSON in an output folder); empty when the file is not a JSON object with a {@code source}.
     */
    public static Optional<Source> readSource(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); JsonParser p = FACTORY.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if ("source".equals(field)) {
                    return p.currentToken() == JsonToken.START_OBJECT
                            ? Optional.of(DocumentReader.source(p, p.currentToken())) : Optional.empty();
                }
                p.skipChildren();
            }
            return Optional.empty();
        }
    }

    /** Reads a document from its JSON text. */
    public static Document parse(String json) throws IOException {
        try (JsonParser p = FACTORY.createParser(json)) {
            return DocumentReader.document(p);
        }
    }

    private static String sourceFileName(Document d) {
        String path = d.source() == null ? null : d.source().path();
        if (path == null || path.isBlank()) {
            return "document";
        }
        String normalized = path.replace('\\', '/');
        return normalized.substring(normalized.lastIndexOf('/') + 1);
    }
}
