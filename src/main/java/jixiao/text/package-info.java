/**
 * Reads already-extracted text (a PDF-to-text tool's output: {@code pdftotext -raw}, pdfminer-style blank-line
 * blocks, or {@code pdftotext -layout} with columns kept by spaces) back into the neutral table records: free
 * {@link jixiao.table.TextBlock} lines for prose, titles and unit lines, and one {@link jixiao.table.Table} per
 * project whose cells carry grid positions and synthetic boxes (page 0, x from the column index, y from the row), so
 * that the mapper reads them exactly like tables rebuilt from PDF geometry.
 *
 * <p>Cells broken over several lines, and rows cut by a page break under a repeated column header, are rejoined by
 * the document's own structure: header-block labels, the indicator taxonomy, the shape of values and bases, and the
 * wrap width of each column. Nothing here knows a particular document. Imports java.* and jixiao.table only.
 */
package jixiao.text;
