package jixiao.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import jixiao.model.Document;

/**
 * Writes a dataset (the four flat tables, as CSV files or one SQLite database) one document at a time, so that an
 * archive of any size is written in bounded memory. Nothing is visible at the target until {@link #commit()}; closing
 * a writer that was not committed deletes what it wrote, leaving the previous dataset in place. Not thread-safe: one
 * thread adds the documents, in the order the rows should have.
 */
public interface DatasetWriter extends AutoCloseable {
    /** Adds the rows of one document. */
    void add(Document document) throws IOException;

    /**
     * Publishes the dataset, replacing any earlier one atomically (file by file for the CSV tables).
     *
     * @return the files published
     */
    List<Path> commit() throws IOException;

    /** Releases the writer; without {@link #commit()} its temporary files are deleted. */
    @Override
    void close() throws IOException;
}
