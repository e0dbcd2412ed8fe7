package jixiao.pdf;

/** A PDF that PDFBox could not read; {@code page} is 1-based or null when the whole file failed. */
public final class PdfReadException extends Exception {
    public enum Kind { NOT_A_PDF, DAMAGED, PASSWORD_REQUIRED }

    private final Kind kind;
    private final Integer page;

    public PdfReadException(Kind kind, Integer page, Throwable cause) {
        super(cause.getMessage(), cause);
        this.kind = kind;
        this.page = page;
    }

    public Kind kind() {
        return kind;
    }

    public Integer page() {
        return page;
    }
}
