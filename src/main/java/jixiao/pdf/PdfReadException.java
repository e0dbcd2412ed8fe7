package jixiao.pdf;

/**
 * A PDF that PDFBox could not read, or whose reading was stopped; {@code page} is 1-based, or null when it applies
 * to the whole file. The message never contains a password.
 */
public final class PdfReadException extends Exception {
    /**
     * NOT_A_PDF: the file cannot be opened at all; DAMAGED: its page tree or every page is unreadable;
     * PASSWORD_REQUIRED: no password given opens it; TIMEOUT: the {@link Deadline} passed (page: the page being read).
     */
    public enum Kind { NOT_A_PDF, DAMAGED, PASSWORD_REQUIRED, TIMEOUT }

    private final Kind kind;
    private final Integer page;

    public PdfReadException(Kind kind, Integer page, Throwable cause) {
        this(kind, page, describe(cause), cause);
    }

    public PdfReadException(Kind kind, Integer page, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.page = page;
    }

    public Kind kind() {
        return kind;
    }

    public Integer page() {
        return page;
    }

    /** PDFBox's IOExceptions say what is wrong; anything else (a bug PDFBox hit on bad input) is named by class. */
    static String describe(Throwable t) {
        if (t == null) {
            return "unknown error";
        }
        if (t instanceof java.io.IOException && t.getMessage() != null) {
            return t.getMessage();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }
}
