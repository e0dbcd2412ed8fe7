package jixiao.text;

/**
 * One non-blank line of the input, stripped: {@code pageStart} when a page begins with it (form feed, a single
 * leading space in pdfminer-style output, or a page-number line removed just before it), {@code blankBefore} when
 * blank lines preceded it, {@code raw} the line as printed (leading spaces kept, for column positions), and
 * {@code goesOn} when the reader of space-aligned text marked it as going on with the cell of the line before
 * ({@link Atom#GOES_ON}).
 */
record SourceLine(String text, String raw, boolean pageStart, boolean blankBefore, boolean goesOn) {
    /** A line no reader marked. */
    SourceLine(String text, String raw, boolean pageStart, boolean blankBefore) {
        this(text, raw, pageStart, blankBefore, false);
    }
}
