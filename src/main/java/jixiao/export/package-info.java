/**
 * Owns writing the contract: {@link jixiao.export.JsonExporter} (one document per file, written and read back field by
 * field on Jackson's streaming generator and parser, one shared immutable factory), {@link jixiao.export.CsvExporter}
 * (the four flat tables of OUTPUT.md, one {@code CSVFormat} constant) and {@link jixiao.export.SqliteExporter} (the
 * same tables, typed and keyed, in one SQLite database through JDBC; the xerial driver is found by
 * {@code DriverManager}, never imported). Both table writers stream one document at a time
 * ({@link jixiao.export.DatasetWriter}), rows from {@link jixiao.export.TableRows}.
 * Every file is written to a temporary file in the target folder and atomically moved into place
 * ({@link jixiao.export.AtomicFiles}), so a reader never sees a partial file.
 *
 * <p>The only package (besides batch, for reading back) that imports Jackson or commons-csv; the model stays free of
 * both: its JSON shape is written out here ({@code DocumentWriter}, {@code DocumentReader}), not by databind's
 * introspection, which costs more than converting a short PDF in a fresh JVM.
 */
package jixiao.export;
