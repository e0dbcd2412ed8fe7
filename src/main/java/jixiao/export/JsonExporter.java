package jixiao.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import jixiao.model.Document;

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

    /** Reads a document written by this exporter (or any JSON following the contract). */
    public static Document read(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            return READER.readValue(in);
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
