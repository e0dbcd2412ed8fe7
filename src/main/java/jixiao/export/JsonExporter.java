package jixiao.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

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
 * {@code 1.9E+3}). Configured once: the writer and reader are shared, immutable and thread-safe.
 */
public final class JsonExporter implements Exporter {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new ContractModule())
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true) // cells: stable order across runs
            .build();
    private static final ObjectWriter WRITER = MAPPER.writer(prettyPrinter())
            .with(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    private static final ObjectReader READER = MAPPER.readerFor(Document.class);
    private static final ObjectReader SOURCE_READER = MAPPER.readerFor(Source.class);

    private static DefaultPrettyPrinter prettyPrinter() {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER); // "key": value
        return new DefaultPrettyPrinter(separators);
    }

    /** Writes the document to {@code file}, replacing it atomically. */
    public void write(Document document, Path file) throws IOException {
        AtomicFiles.write(file, out -> write(document, out));
    }

    /** Writes the document to the stream as UTF-8, ending with a newline; the stream is left open. */
    public void write(Document document, OutputStream out) throws IOException {
        WRITER.writeValue(out, document);
        out.write('\n');
    }

    public String toJson(Document document) {
        try {
            return WRITER.writeValueAsString(document) + "\n";
        } catch (JsonProcessingException e) {
            // no I/O is involved, so this is a model value the contract cannot express: a bug
            throw new UncheckedIOException("cannot serialise document " + document.source(), e);
        }
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
     * Builds Jackson's serializers and deserializers for every contract record now, by writing and reading back a
     * small document that uses all of them. Jackson builds them on first use, which costs about as much as
     * converting a short PDF in a fresh JVM; a one-file run calls this on a spare thread at start, so that the cost
     * overlaps the PDF parsing instead of following it. Safe to call from any thread, any number of times.
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
            READER.readValue(WRITER.writeValueAsBytes(d));
        } catch (IOException e) {
            throw new UncheckedIOException("the contract's JSON mapping is broken", e);
        }
    }

    /** Reads a document written by this exporter (or any JSON following the contract). */
    public static Document read(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            return READER.readValue(in);
        }
    }

    /**
     * The {@code source} object of a document file, read without parsing the rest (the batch's resume index reads
     * it from every JSON in an output folder); empty when the file is not a JSON object with a {@code source}.
     */
    public static Optional<Source> readSource(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); JsonParser p = MAPPER.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if ("source".equals(field)) {
                    return p.currentToken() == JsonToken.START_OBJECT
                            ? Optional.of(SOURCE_READER.readValue(p)) : Optional.empty();
                }
                p.skipChildren();
            }
            return Optional.empty();
        }
    }

    public static Document parse(String json) throws IOException {
        return READER.readValue(json);
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
