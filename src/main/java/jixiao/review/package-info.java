/**
 * The review report: static HTML pages that let an analyst check every extracted value against its source. From an
 * output folder (the per-document JSON files, read back with {@link jixiao.export.JsonExporter#read}) and the source
 * files they name, {@link jixiao.review.ReviewWriter} writes {@code OUT/review/}: {@code index.html} (one row per
 * document with its counts and issues), one page per document under {@code doc/} (per project the rebuilt indicator
 * table beside the page images, or for text inputs the text lines, every cell linked both ways with its box), the
 * page images ({@code doc/<name>/p<N>.png}) and one shared {@code review.css} and {@code review.js}. All links are
 * relative; the pages open from disk with no server and no network.
 * <p>Imports the model, {@code export} (to read the JSON) and {@code pdf} (its {@link jixiao.pdf.PageRenderer}, so
 * PDFBox stays in {@code pdf}); no Jackson, no PDFBox. Stateless: every call works on its own files.
 */
package jixiao.review;
