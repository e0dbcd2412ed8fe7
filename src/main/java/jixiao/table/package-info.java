/**
 * The neutral reconstructed table: {@link jixiao.table.Table}, {@link jixiao.table.Cell} and the free text lines
 * around tables ({@link jixiao.table.TextLine}), in reading order as {@link jixiao.table.Block}s. Imports java.* only.
 * Coordinates are those of the pdf package: top-left origin, y down, points.
 */
package jixiao.table;
