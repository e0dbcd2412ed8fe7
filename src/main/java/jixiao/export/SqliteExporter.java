package jixiao.export;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jixiao.model.Document;
import jixiao.model.Metadata;
import jixiao.model.Source;

/**
 * Writes the dataset as one SQLite database (through the xerial sqlite-jdbc driver): the four tables of the CSV
 * files, with the same columns in the same order and typed (INTEGER years, pages, numbers; REAL amounts and target
 * numbers; TEXT otherwise), plus a {@code documents} table with one row per source file. Each table has a primary
 * key; where the CSV columns have none, one column is appended: {@code indicators.indicator_no} (1-based within its
 * project) and {@code row_no} (1-based within the document) on {@code department_goals} and {@code issues}. The join
 * keys ({@code source_path} + {@code seq}/{@code project_seq}, project codes, unit code + fiscal year) are indexed.
 *
 * <p>The database is built under a temporary name beside the target, one transaction per document, and moved into
 * place by {@link DatasetWriter#commit()}: a reader never sees a half-built database, and an earlier one stays until
 * the new one is complete.
 */
public final class SqliteExporter {
    /** One table: its name, its columns with their SQL types, the extra key column and how a document becomes rows. */
    private record Table(String name, List<String> columns, String extraColumn, List<String> constraints,
                         Function<Document, List<List<Object>>> rows) {
        String insert() {
            int n = columns.size() + (extraColumn == null ? 0 : 1);
            return "INSERT INTO " + name + " VALUES (" + "?, ".repeat(n - 1) + "?)";
        }

        String create() {
            List<String> defs = new ArrayList<>(columns);
            if (extraColumn != null) {
                defs.add(extraColumn + " INTEGER NOT NULL");
            }
            defs.addAll(constraints);
            return "CREATE TABLE " + name + " (\n  " + String.join(",\n  ", defs) + "\n)";
        }
    }

    private static final List<String> DOCUMENT_COLUMNS = List.of("source_path TEXT NOT NULL", "sha256 TEXT",
            "format TEXT", "pages INTEGER", "title TEXT", "fiscal_year INTEGER", "department TEXT", "region TEXT",
            "unit_code TEXT", "unit_name TEXT", "amount_unit TEXT", "projects INTEGER", "indicators INTEGER",
            "issues INTEGER");

    /** Same names and order as {@link CsvExporter#PROJECT_COLUMNS}, with SQL types. */
    private static final List<String> PROJECT_COLUMNS = List.of("source_path TEXT NOT NULL", "fiscal_year INTEGER",
            "department TEXT", "unit_code TEXT", "unit_name TEXT", "seq INTEGER NOT NULL", "code TEXT", "name TEXT",
            "amount_unit TEXT", "budget_total REAL", "budget_fiscal REAL", "budget_other REAL", "purpose TEXT",
            "fund_plan TEXT", "goals TEXT", "pages TEXT");
    private static final List<String> INDICATOR_COLUMNS = List.of("source_path TEXT NOT NULL",
            "fiscal_year INTEGER", "unit_code TEXT", "project_seq INTEGER NOT NULL", "project_code TEXT",
            "project_name TEXT", "level1 TEXT", "level2 TEXT", "level3 TEXT", "description TEXT", "value TEXT",
            "target_op TEXT", "target_number REAL", "target_unit TEXT", "basis TEXT", "page INTEGER");
    private static final List<String> DEPARTMENT_GOAL_COLUMNS = List.of("source_path TEXT NOT NULL",
            "fiscal_year INTEGER", "department TEXT", "kind TEXT NOT NULL", "no INTEGER", "title TEXT", "text TEXT");
    private static final List<String> ISSUE_COLUMNS = List.of("source_path TEXT NOT NULL", "severity TEXT",
            "code TEXT", "project_seq INTEGER", "page INTEGER", "message TEXT");

    private static final String OF_DOCUMENT = "FOREIGN KEY (source_path) REFERENCES documents (source_path)";

    private static final List<Table> TABLES = List.of(
            new Table("documents", DOCUMENT_COLUMNS, null, List.of("PRIMARY KEY (source_path)"),
                    d -> List.of(documentRow(d))),
            new Table("projects", PROJECT_COLUMNS, null, List.of("PRIMARY KEY (source_path, seq)", OF_DOCUMENT),
                    TableRows::projects),
            new Table("indicators", INDICATOR_COLUMNS, "indicator_no", List.of(
                    "PRIMARY KEY (source_path, project_seq, indicator_no)",
                    "FOREIGN KEY (source_path, project_seq) REFERENCES projects (source_path, seq)"),
                    TableRows::indicators),
            new Table("department_goals", DEPARTMENT_GOAL_COLUMNS, "row_no",
                    List.of("PRIMARY KEY (source_path, row_no)", OF_DOCUMENT), TableRows::departmentGoals),
            new Table("issues", ISSUE_COLUMNS, "row_no", List.of("PRIMARY KEY (source_path, row_no)", OF_DOCUMENT),
                    TableRows::issues));

    /** Created after the rows are in (faster than keeping them up to date row by row). */
    private static final List<String> INDEXES = List.of(
            "CREATE INDEX projects_code ON projects (code)",
            "CREATE INDEX projects_unit_year ON projects (unit_code, fiscal_year)",
            "CREATE INDEX indicators_project_code ON indicators (project_code)",
            "CREATE INDEX indicators_unit_year ON indicators (unit_code, fiscal_year)",
            "CREATE INDEX department_goals_year ON department_goals (fiscal_year, department)",
            "CREATE INDEX issues_project ON issues (source_path, project_seq)",
            "CREATE INDEX issues_code ON issues (code)",
            "CREATE INDEX documents_unit_year ON documents (unit_code, fiscal_year)");

    private final Path file;

    /** @param file the database file to write; replaced whole by each {@link DatasetWriter#commit()} */
    public SqliteExporter(Path file) {
        this.file = file;
    }

    /** The table names, in the order they are created. */
    public static List<String> tableNames() {
        return TABLES.stream().map(Table::name).toList();
    }

    /** Writes the documents and publishes the database. */
    public Path export(List<Document> documents) throws IOException {
        try (DatasetWriter db = open()) {
            for (Document d : documents) {
                db.add(d);
            }
            return db.commit().get(0);
        }
    }

    /** Starts a new database under a temporary name beside the target file. */
    public DatasetWriter open() throws IOException {
        AtomicFiles.Pending pending = AtomicFiles.begin(file);
        try {
            return new Database(pending);
        } catch (SQLException e) {
            try {
                pending.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new IOException("cannot create the SQLite database " + pending.temporary() + ": " + e, e);
        }
    }

    private static List<Object> documentRow(Document d) {
        Source s = d.source() == null ? new Source(null, null, null, null) : d.source();
        Metadata m = d.document() == null ? new Metadata(null, null, null, null, null, null, null) : d.document();
        return List.of(nullable(s.path()), nullable(s.sha256()), nullable(s.format()), nullable(s.pages()),
                nullable(m.title()), nullable(m.fiscalYear()), nullable(m.department()), nullable(m.region()),
                nullable(m.unitCode()), nullable(m.unitName()), nullable(m.amountUnit()), d.projects().size(),
                d.indicatorCount(), d.issues().size());
    }

    /** {@code List.of} takes no nulls: a stand-in that {@link #bind} writes as SQL NULL. */
    private static Object nullable(Object v) {
        return v == null ? NULL : v;
    }

    private static final Object NULL = new Object();

    /** An open database under its temporary name. */
    private static final class Database implements DatasetWriter {
        private final AtomicFiles.Pending pending;
        private final Connection connection;
        private final List<PreparedStatement> inserts = new ArrayList<>();
        private boolean closed;

        Database(AtomicFiles.Pending pending) throws SQLException {
            this.pending = pending;
            this.connection = DriverManager.getConnection("jdbc:sqlite:" + pending.temporary());
            try (Statement st = connection.createStatement()) {
                // a half-built file is never published, so neither a journal on disk nor fsync is needed
                st.execute("PRAGMA journal_mode = MEMORY");
                st.execute("PRAGMA synchronous = OFF");
                st.execute("PRAGMA foreign_keys = ON");
                for (Table t : TABLES) {
                    st.execute(t.create());
                }
                for (Table t : TABLES) {
                    inserts.add(connection.prepareStatement(t.insert()));
                }
            } catch (SQLException e) {
                closeConnection(e);
                throw e;
            }
            connection.setAutoCommit(false);
        }

        /** One transaction per document: its rows are in the database whole or not at all. */
        @Override
        public void add(Document document) throws IOException {
            try {
                for (int i = 0; i < TABLES.size(); i++) {
                    Table t = TABLES.get(i);
                    PreparedStatement insert = inserts.get(i);
                    int rowNo = 0;
                    Object lastProject = null;
                    for (List<Object> row : t.rows().apply(document)) {
                        for (int c = 0; c < row.size(); c++) {
                            bind(insert, c + 1, row.get(c));
                        }
                        if (t.extraColumn() != null) {
                            if ("indicator_no".equals(t.extraColumn())) { // numbered within its project
                                Object project = row.get(3);
                                rowNo = project.equals(lastProject) ? rowNo + 1 : 1;
                                lastProject = project;
                            } else {
                                rowNo++;
                            }
                            insert.setInt(row.size() + 1, rowNo);
                        }
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
                connection.commit();
            } catch (SQLException e) {
                try {
                    connection.rollback();
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw new IOException("cannot add " + describe(document) + " to the SQLite database: " + e, e);
            }
        }

        @Override
        public List<Path> commit() throws IOException {
            try (Statement st = connection.createStatement()) {
                connection.setAutoCommit(true);
                for (String index : INDEXES) {
                    st.execute(index);
                }
                st.execute("ANALYZE");
            } catch (SQLException e) {
                throw new IOException("cannot index the SQLite database: " + e, e);
            }
            closeConnection(null);
            pending.commit();
            return List.of(pending.target());
        }

        @Override
        public void close() throws IOException {
            closeConnection(null);
            pending.close();
        }

        private void closeConnection(Exception cause) {
            if (closed) {
                return;
            }
            closed = true;
            try {
                for (PreparedStatement p : inserts) {
                    p.close();
                }
                connection.close();
            } catch (SQLException e) {
                if (cause != null) {
                    cause.addSuppressed(e);
                }
            }
        }

        private static String describe(Document d) {
            return d.source() == null ? "a document without source" : d.source().path();
        }
    }

    private static void bind(PreparedStatement st, int index, Object v) throws SQLException {
        if (v == null || v == NULL) {
            st.setNull(index, Types.NULL);
        } else if (v instanceof Integer i) {
            st.setInt(index, i);
        } else if (v instanceof Long l) {
            st.setLong(index, l);
        } else if (v instanceof BigDecimal b) {
            st.setDouble(index, b.doubleValue());
        } else {
            st.setString(index, TableRows.cell(v));
        }
    }
}
