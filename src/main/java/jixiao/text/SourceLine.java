package jixiao.text;

/**
 * One non-blank line of the input, stripped: {@code pageStart} when a page begins with it (form feed, a single
 * leading space in pdfminer-style output, or a page-number line removed just before it), {@code blankBefore} when
 * blank lines preceded it, and {@code raw} the line as printed (leading spaces kept, for column positions).
 */
record SourceLine(String text, String raw, boolean pageStart, boolean blankBefore) {
}
