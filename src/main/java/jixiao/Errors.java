package jixiao;

import java.nio.file.Path;

import jixiao.pdf.PdfReadException;

/** Turns reader failures into {@link JixiaoException}s with a stable code and a hint. */
final class Errors {
    private Errors() {
    }

    static JixiaoException fromPdf(Path file, PdfReadException e) {
        return switch (e.kind()) {
            case PASSWORD_REQUIRED -> new JixiaoException(file, null, "PASSWORD_REQUIRED",
                    "the PDF is encrypted with a user password", "pass it with --password", e);
            case DAMAGED -> new JixiaoException(file, e.page(), "DAMAGED_PDF",
                    "PDFBox could not read the page: " + e.getMessage(),
                    "the file is damaged; download it again or re-save it from a PDF viewer", e);
            case NOT_A_PDF -> new JixiaoException(file, null, "DAMAGED_PDF",
                    "PDFBox could not open the file: " + e.getMessage(),
                    "the file is truncated or damaged; download it again", e);
        };
    }
}
