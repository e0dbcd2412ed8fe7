package jixiao;

import java.nio.file.Path;
import java.time.Duration;

/**
 * A file that could not be converted. Carries the file, the page where it applies (or null), a stable error code
 * and a hint telling the user what to do.
 */
public class JixiaoException extends Exception {
    private final Path file;
    private final Integer page;
    private final String code;
    private final String hint;

    public JixiaoException(Path file, Integer page, String code, String message, String hint, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.page = page;
        this.code = code;
        this.hint = hint;
    }

    /**
     * {@code TIMEOUT}: {@code file} took longer than {@code limit}; for a caller that enforces the limit from
     * outside the conversion (the batch's watchdog, when the conversion itself does not return).
     */
    public static JixiaoException timeout(Path file, Integer page, Duration limit) {
        return Errors.timeout(file, page, limit, null);
    }

    public Path file() {
        return file;
    }

    public Integer page() {
        return page;
    }

    public String code() {
        return code;
    }

    public String hint() {
        return hint;
    }

    /** "file p.N: CODE: message; hint" */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append(file == null ? "?" : file.getFileName());
        if (page != null) {
            sb.append(" p.").append(page);
        }
        sb.append(": ").append(code).append(": ").append(getMessage());
        if (hint != null && !hint.isEmpty()) {
            sb.append("; ").append(hint);
        }
        return sb.toString();
    }
}
