/**
 * The only package that imports PDFBox. It reads a PDF page by page in one pass over each content stream and emits
 * plain records: {@link jixiao.pdf.Glyph}, {@link jixiao.pdf.Ruling} and {@link jixiao.pdf.PageContent}.
 * {@link jixiao.pdf.PageRenderer} draws pages as images (for the review report) in the same page space.
 * <p>Coordinates: top-left origin of the displayed (rotated) crop box, y down, in PDF points.
 */
package jixiao.pdf;
