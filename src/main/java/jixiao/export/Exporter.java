package jixiao.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import jixiao.model.Document;

/** Writes converted documents in one format into a folder. Implementations are immutable and thread-safe. */
public interface Exporter {
    /**
     * Writes the documents into {@code dir} (created if missing), each file replaced atomically.
     *
     * @return the files written, in the order written
     */
    List<Path> export(List<Document> documents, Path dir) throws IOException;
}
