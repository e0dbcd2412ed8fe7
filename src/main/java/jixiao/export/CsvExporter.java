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
 * UTF-8, optionally with a byte-order mark so that Excel reads it as UTF-8. Rows are built by {@link CsvRows}.
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
    private record Table(String fileName, List<String> columns, Function<Document, List<List<String>>> rows) {
    }

    private static final List<Table> TABLES = List.of(
            new Table("projects.csv", PROJECT_COLUMNS, CsvRows::projects),
            new Table("indicators.csv", INDICATOR_COLUMNS, CsvRows::indicators),
            new Table("department_goals.csv", DEPARTMENT_GOAL_COLUMNS, CsvRows::departmentGoals),
            new Table("issues.csv", ISSUE_COLUMNS, CsvRows::issues));

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
        List<Path> written = new ArrayList<>();
        for (Table table : TABLES) {
            Path file = dir.resolve(table.fileName());
            AtomicFiles.write(file, out -> {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                writeTable(table, documents, w);
                w.flush();
            });
            written.add(file);
        }
        return written;
    }

    private void writeTable(Table table, List<Document> documents, Writer w) throws IOException {
        if (byteOrderMark) {
            w.write('\uFEFF');
        }
        CSVPrinter printer = new CSVPrinter(w, FORMAT); // not closed here: AtomicFiles owns the stream
        printer.printRecord(table.columns());
        for (Document d : documents) {
            for (List<String> row : table.rows().apply(d)) {
                printer.printRecord(row);
            }
        }
        printer.flush();
    }
}
