package jixiao.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteExporterTest {
    @TempDir
    Path dir;

    @Test
    void theFourTablesAreTypedAndKeyed() throws IOException, SQLException {
        Path db = new SqliteExporter(dir.resolve("d.sqlite")).export(List.of(TestDocuments.full(),
                TestDocuments.sparse()));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            assertEquals(List.of("documents", "projects", "indicators", "department_goals", "issues"),
                    strings(st, "SELECT name FROM sqlite_master WHERE type = 'table' "
                            + "AND name NOT LIKE 'sqlite_%' ORDER BY rowid"));
            assertEquals(List.of("source_path", "fiscal_year", "department", "unit_code", "unit_name", "seq", "code",
                    "name", "amount_unit", "budget_total", "budget_fiscal", "budget_other", "purpose", "fund_plan",
                    "goals", "pages"), strings(st, "SELECT name FROM pragma_table_info('projects')"));
            assertEquals(List.of("source_path", "seq"),
                    strings(st, "SELECT name FROM pragma_table_info('projects') WHERE pk > 0 ORDER BY pk"));
            assertEquals(List.of("source_path", "project_seq", "indicator_no"),
                    strings(st, "SELECT name FROM pragma_table_info('indicators') WHERE pk > 0 ORDER BY pk"));
            assertEquals(List.of("in/julu-2023.pdf|2023|1|1000.0|5.87||3;4|real|integer",
                    "in/a.txt||1|||||null|null"), strings(st, "SELECT source_path || '|' || ifnull(fiscal_year, '') "
                    + "|| '|' || seq || '|' || ifnull(budget_total, '') || '|' || ifnull(budget_fiscal, '') || '|' "
                    + "|| ifnull(budget_other, '') || '|' || ifnull(pages, '') || '|' || typeof(budget_total) || '|' "
                    + "|| typeof(fiscal_year) FROM projects ORDER BY rowid"));
            assertEquals(List.of("95.0|real|3|1"), strings(st,
                    "SELECT target_number || '|' || typeof(target_number) || '|' || page || '|' || indicator_no "
                            + "FROM indicators WHERE target_number IS NOT NULL"));
            assertEquals(List.of("overall||1", "item|1|2", "safeguard|1|3"),
                    strings(st, "SELECT kind || '|' || ifnull(no, '') || '|' || row_no FROM department_goals"));
            assertEquals(List.of("info|NOTE|1", "warning|FUND_PLAN_COLUMN_UNKNOWN|1"),
                    strings(st, "SELECT severity || '|' || code || '|' || row_no FROM issues ORDER BY severity"));
            assertEquals(List.of("in/julu-2023.pdf|14|1|1|1", "in/a.txt||1|1|1"), strings(st,
                    "SELECT source_path || '|' || ifnull(pages, '') || '|' || projects || '|' || indicators || '|' "
                            + "|| issues FROM documents ORDER BY rowid"));
        }
        try (var files = Files.list(dir)) {
            assertEquals(List.of(db), files.toList(), "no temporary file or journal left");
        }
    }

    @Test
    void aDocumentThatBreaksAKeyIsRolledBackWholeAndNothingIsPublished() throws IOException {
        Path target = dir.resolve("d.sqlite");
        Files.writeString(target, "the previous database");
        try (DatasetWriter db = new SqliteExporter(target).open()) {
            db.add(TestDocuments.full());
            IOException e = assertThrows(IOException.class, () -> db.add(TestDocuments.full())); // same source_path
            assertTrue(e.getMessage().contains("cannot add in/julu-2023.pdf to the SQLite database"), e.getMessage());
        }
        assertEquals("the previous database", Files.readString(target), "not committed: the old file stays");
        try (var files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList());
        }
    }

    @Test
    void rowsOfAFailedDocumentDoNotStay() throws IOException, SQLException {
        Path target = dir.resolve("d.sqlite");
        try (DatasetWriter db = new SqliteExporter(target).open()) {
            db.add(TestDocuments.full());
            assertThrows(IOException.class, () -> db.add(TestDocuments.full()));
            db.add(TestDocuments.sparse());
            db.commit();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + target); Statement st = c.createStatement()) {
            assertEquals(List.of("2"), strings(st, "SELECT count(*) FROM documents"));
            assertEquals(List.of("2"), strings(st, "SELECT count(*) FROM projects"));
            assertEquals(List.of("3"), strings(st, "SELECT count(*) FROM department_goals"));
        }
        assertFalse(Files.exists(dir.resolve("d.sqlite-journal")));
    }

    private static List<String> strings(Statement st, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet r = st.executeQuery(sql)) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }
}
