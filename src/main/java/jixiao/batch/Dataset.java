package jixiao.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jixiao.JixiaoException;
import jixiao.export.CsvExporter;
import jixiao.export.DatasetWriter;
import jixiao.export.JsonExporter;
import jixiao.export.SqliteExporter;
import jixiao.model.Document;

/**
 * Rebuilds the dataset (the four CSV tables, and the SQLite database when asked for) from the per-document JSON
 * files, in input order, one document in memory at a time. Reading the JSON back rather than keeping the documents
 * makes a resumed run write exactly what an uninterrupted one writes, and keeps memory flat over any archive.
 */
final class Dataset {
    private Dataset() {
    }

    /**
     * Streams every converted or skipped input's JSON into the tables and publishes them. An input whose JSON cannot
     * be read back (deleted or damaged while the batch ran) becomes a READ_FAILED failure in {@code outcomes}.
     *
     * @return the files published: the four CSV tables, then the database
     */
    static List<Path> rebuild(Outcome[] outcomes, CsvExporter csv, Path dir, Path sqlite) throws IOException {
        try (DatasetWriter tables = csv.open(dir);
             DatasetWriter db = sqlite == null ? null : new SqliteExporter(sqlite).open()) {
            for (int i = 0; i < outcomes.length; i++) {
                Outcome o = outcomes[i];
                if (o.output() == null) {
                    continue;
                }
                Document d;
                try {
                    d = JsonExporter.read(o.output());
                } catch (IOException | RuntimeException e) {
                    outcomes[i] = Outcome.failed(o.path(), o.sha256(), new JixiaoException(Path.of(o.path()), null,
                            "READ_FAILED", "its JSON " + o.output() + " could not be read back: " + e,
                            "something else changed the output folder during the run; run again", e), o.millis());
                    continue;
                }
                tables.add(d);
                if (db != null) {
                    db.add(d);
                }
            }
            List<Path> written = new ArrayList<>(tables.commit());
            if (db != null) {
                written.addAll(db.commit());
            }
            return written;
        }
    }
}
