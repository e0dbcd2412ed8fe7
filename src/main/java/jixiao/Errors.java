package jixiao;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;

import jixiao.pdf.PdfReadException;

/** Turns reader failures into {@link JixiaoException}s with a stable code and a hint. */
final class Errors {
    private Errors() {
    }

    static JixiaoException fromPdf(Path file, PdfReadException e, Duration limit) {
        return switch (e.kind()) {
            case PASSWORD_REQUIRED -> new JixiaoException(file, null, "PASSWORD_REQUIRED", e.getMessage(),
                    "pass the password with --password, or list the candidates in --password-file", e);
            case DAMAGED -> new JixiaoException(file, e.page(), "DAMAGED_PDF",
                    "PDFBox could not read the page: " + e.getMessage(),
                    "the file is damaged; download it again or re-save it from a PDF viewer", e);
            case NOT_A_PDF -> new JixiaoException(file, null, "DAMAGED_PDF",
                    "PDFBox could not open the file: " + e.getMessage(),
                    "the file is truncated or damaged; download it again", e);
            case TIMEOUT -> timeout(file, e.page(), limit, e);
        };
    }

    /** {@code TIMEOUT}: the file (and the page being read, if known) and the limit it exceeded. */
    static JixiaoException timeout(Path file, Integer page, Duration limit, Throwable cause) {
        return new JixiaoException(file, page, "TIMEOUT", name(file) + " took longer than the time limit of "
                + seconds(limit) + (page == null ? "" : " (stopped at page " + page + ")"),
                "raise --timeout (0: no limit), or check the file: a damaged or extremely complex PDF can take "
                        + "very long", cause);
    }

    static JixiaoException internal(Path file, Throwable e) {
        return new JixiaoException(file, null, "INTERNAL_ERROR", e.getClass().getName() + ": " + e.getMessage(),
                "this is a bug in jixiao; please report it with the file", e);
    }

    /** {@code 300 s}, {@code 0.25 s}. */
    static String seconds(Duration limit) {
        if (limit == null) {
            return "no limit";
        }
        return BigDecimal.valueOf(limit.toMillis(), 3).stripTrailingZeros().toPlainString() + " s";
    }

    private static String name(Path file) {
        return file == null || file.getFileName() == null ? String.valueOf(file) : file.getFileName().toString();
    }
}
