/**
 * The only package that imports PDFBox. It reads a PDF page by page in one pass over each content stream and emits
 * plain records: {@link jixiao.pdf.Glyph}, {@link jixiao.pdf.Ruling} and {@link jixiao.pdf.PageContent}.
 * <p>Coordinates: top-left origin of the displayed (rotated) crop box, y down, in PDF points.
 */
package jixiao.pdf;
