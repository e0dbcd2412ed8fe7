package jixiao.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import jixiao.model.Document;

/**
 * Writes the four flat tables of OUTPUT.md ({@code projects.csv}, {@code indicators.csv},
 * {@code department_goals.csv}, {@code issues.csv}) covering all given documents: RFC 4180, a header row, CRLF,
 * UTF-8, optionally with a byte-order mark so that Excel reads it as UTF-8. Rows are built by {@link TableRows};
 * {@link #open} streams them one document at a time.
 */
public final class CsvExporter implements Exporter {
    /** RFC 4180 (comma, double quotes only where needed, CRLF); the header is the first record of each table. */
    static final CSVFormat FORMAT = CSVFormat.RFC4180;

    public static final List<String> PROJECT_COLUMNS = List.of("source_path", "fiscal_year", "department",
            "unit_code", "unit_name", "seq", "code", "name", "amount_unit", "budget_total", "budget_fiscal",
            "budget_other", "purpose", "fund_plan", "goals", "pages");
    public static final List<String> INDICATOR_COLUMNS = List.of("source_path", "fiscal_year", "unit_code",
            "project_seq", "project_code", "project_name", "level1", "level2", "level3", "description", "value",
            "target_op", "target_number", "target_unit", "basis", "page");
    public static final List<String> DEPARTMENT_GOAL_COLUMNS = List.of("source_path", "fiscal_year", "department",
            "kind", "no", "title", "text");
    public static final List<String> ISSUE_COLUMNS = List.of("source_path", "severity", "code", "project_seq",
            "page", "message");

    /** One table: its file name, header and how a document becomes rows. */
    private record Table(String fileName, List<String> columns, Function<Document, List<List<Object>>> rows) {
    }

    private static final List<Table> TABLES = List.of(
            new Table("projects.csv", PROJECT_COLUMNS, TableRows::projects),
            new Table("indicators.csv", INDICATOR_COLUMNS, TableRows::indicators),
            new Table("department_goals.csv", DEPARTMENT_GOAL_COLUMNS, TableRows::departmentGoals),
            new Table("issues.csv", ISSUE_COLUMNS, TableRows::issues));

    private final boolean byteOrderMark;

    /** @param byteOrderMark start each file with U+FEFF (Excel compatibility, {@code --excel}) */
    public CsvExporter(boolean byteOrderMark) {
        this.byteOrderMark = byteOrderMark;
    }

    /** The four table file names, in the order they are written. */
    public static List<String> fileNames() {
        return TABLES.stream().map(Table::fileName).toList();
    }

    @Override
    public List<Path> export(List<Document> documents, Path dir) throws IOException {
        try (DatasetWriter tables = open(dir)) {
            for (Document d : documents) {
                tables.add(d);
            }
            return tables.commit();
        }
    }

    /**
     * Starts the four tables in {@code dir} (created if missing), to be filled one document at a time: the rows
     * stream to temporary files, so memory does not grow with the number of documents.
     */
    public DatasetWriter open(Path dir) throws IOException {
        Tables tables = new Tables();
        try {
            for (Table table : TABLES) {
                tables.start(table, dir.resolve(table.fileName()));
            }
        } catch (IOException | RuntimeException e) {
            tables.closeQuietly(e);
            throw e;
        }
        return tables;
    }

    /**
     * Writes one CSV file in the same format as the tables (and with the same byte-order mark setting): a header
     * row, then the rows, each value written as {@link TableRows#cell} writes it. Replaced atomically.
     */
    public void writeFile(Path file, List<String> columns, Iterable<? extends List<?>> rows) throws IOException {
        AtomicFiles.write(file, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter printer = printer(w, columns); // not closed here: AtomicFiles owns the stream
            for (List<?> row : rows) {
                printRow(printer, row);
            }
            printer.flush();
        });
    }

    private CSVPrinter printer(Writer w, List<String> columns) throws IOException {
        if (byteOrderMark) {
            w.write('\uFEFF');
        }
        CSVPrinter printer = new CSVPrinter(w, FORMAT);
        printer.printRecord(columns);
        return printer;
    }

    private static void printRow(CSVPrinter printer, List<?> row) throws IOException {
        List<String> cells = new ArrayList<>(row.size());
        for (Object v : row) {
            cells.add(TableRows.cell(v));
        }
        printer.printRecord(cells);
    }

    /** The four tables being written: one temporary file and printer each. */
    private final class Tables implements DatasetWriter {
        private final List<Table> tables = new ArrayList<>();
        private final List<AtomicFiles.Pending> files = new ArrayList<>();
        private final List<Writer> writers = new ArrayList<>();
        private final List<CSVPrinter> printers = new ArrayList<>();
        private boolean committed;

        void start(Table table, Path file) throws IOException {
            AtomicFiles.Pending pending = AtomicFiles.begin(file);
            files.add(pending);
            Writer w = new OutputStreamWriter(pending.newOutputStream(), StandardCharsets.UTF_8);
            writers.add(w);
            printers.add(printer(w, table.columns()));
            tables.add(table);
        }

        @Override
        public void add(Document document) throws IOException {
            for (int i = 0; i < tables.size(); i++) {
                for (List<Object> row : tables.get(i).rows().apply(document)) {
                    printRow(printers.get(i), row);
                }
            }
        }

        @Override
        public List<Path> commit() throws IOException {
            for (Writer w : writers) {
                w.close(); // flushes the printer's writer and the file
            }
            List<Path> written = new ArrayList<>();
            for (AtomicFiles.Pending f : files) {
                f.commit();
                written.add(f.target());
            }
            committed = true;
            return written;
        }

        @Override
        public void close() throws IOException {
            IOException first = null;
            if (!committed) {
                for (Writer w : writers) {
                    try {
                        w.close();
                    } catch (IOException e) {
                        first = first == null ? e : first;
                    }
                }
            }
            for (AtomicFiles.Pending f : files) {
                try {
                    f.close();
                } catch (IOException e) {
                    first = first == null ? e : first;
                }
            }
            if (first != null) {
                throw first;
            }
        }

        void closeQuietly(Exception cause) {
            try {
                close();
            } catch (IOException e) {
                cause.addSuppressed(e);
            }
        }
    }
}
