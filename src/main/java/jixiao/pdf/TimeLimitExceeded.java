package jixiao.pdf;

/**
 * Thrown by {@link ContentCollector} from inside PDFBox's content-stream loop when the {@link Deadline} passed;
 * unchecked so that PDFBox's operator error handling (which catches {@code IOException}s) lets it through.
 * {@link PdfReader} turns it into {@link PdfReadException.Kind#TIMEOUT}.
 */
final class TimeLimitExceeded extends RuntimeException {
    TimeLimitExceeded() {
        super("time limit exceeded", null, false, false); // no stack trace: it is control flow
    }
}
