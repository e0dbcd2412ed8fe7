/**
 * Geometry: merges rulings, builds grids and cells with their spans, joins glyphs into lines (no space between CJK
 * characters), assembles each page into tables and free lines, and rebuilds borderless tables from alignment.
 * Sees the pdf package's plain records, never PDFBox.
 */
package jixiao.layout;
