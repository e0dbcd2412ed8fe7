package jixiao.batch;

import java.nio.file.Path;
import java.util.Locale;

import jixiao.JixiaoException;

/**
 * What became of one input: a row of {@code manifest.csv}.
 *
 * @param path       the input as named in {@code source.path} (a file, or {@code archive.zip!/path/in/zip.pdf})
 * @param sha256     its content hash, or null when it could not be read
 * @param status     converted now, failed, or skipped because a complete JSON of the same content was already there
 * @param error      why it failed (code, page, message, hint); null unless failed
 * @param message    a note on a skipped input (which JSON was reused); null otherwise
 * @param pages      the page count (null for text input and for failures)
 * @param projects   projects in its document (0 for failures)
 * @param indicators indicators in its document (0 for failures)
 * @param millis     time spent on it in this run
 * @param output     its JSON file; null unless converted or skipped
 */
public record Outcome(String path, String sha256, Status status, JixiaoException error, String message,
                      Integer pages, int projects, int indicators, long millis, Path output) {
    /** The manifest's {@code status}: {@code ok}, {@code failed} or {@code skipped}. */
    public enum Status {
        OK, FAILED, SKIPPED;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static Outcome failed(String path, String sha256, JixiaoException error, long millis) {
        return new Outcome(path, sha256, Status.FAILED, error, null, null, 0, 0, millis, null);
    }

    /** The stable error code (NOT_FOUND, DAMAGED_PDF …), or null unless failed. */
    public String errorCode() {
        return error == null ? null : error.code();
    }

    /**
     * The manifest's {@code message}: for a failure the page, message and hint ({@code p.7: PDFBox could not read
     * the page: …; download it again}), for a skipped input the note, otherwise null.
     */
    public String manifestMessage() {
        if (error == null) {
            return message;
        }
        StringBuilder sb = new StringBuilder();
        if (error.page() != null) {
            sb.append("p.").append(error.page()).append(": ");
        }
        sb.append(error.getMessage());
        if (error.hint() != null && !error.hint().isEmpty()) {
            sb.append("; ").append(error.hint());
        }
        return sb.toString();
    }
}
