package jixiao;

import java.time.Duration;
import java.util.List;

/**
 * How to convert one file.
 *
 * @param passwords  tried in turn on an encrypted PDF, then the empty password (which opens a PDF restricted by an
 *                   owner password only); ignored for other files. Never printed, not even by {@link #toString()}
 * @param sourcePath the path to record as {@code source.path}; null records the file path as given
 * @param timeout    how long the file may take: past it, conversion stops with {@code TIMEOUT} (checked between
 *                   pages and within long pages); null or zero for no limit
 * @param sha256     the file's SHA-256 (hex) when the caller has computed it already (a batch does, to skip
 *                   converted files), so that the file is not read once more for it; null to compute it
 */
public record Options(List<String> passwords, String sourcePath, Duration timeout, String sha256) {
    public Options {
        passwords = passwords == null ? List.of() : List.copyOf(passwords);
        if (timeout != null && timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must not be negative, got " + timeout);
        }
    }

    /** No password, the path as given, no time limit. */
    public static Options defaults() {
        return new Options(List.of(), null, null, null);
    }

    /** One password (null: none), replacing any others. */
    public Options withPassword(String pw) {
        return new Options(pw == null ? List.of() : List.of(pw), sourcePath, timeout, sha256);
    }

    public Options withPasswords(List<String> pws) {
        return new Options(pws, sourcePath, timeout, sha256);
    }

    public Options withSourcePath(String path) {
        return new Options(passwords, path, timeout, sha256);
    }

    public Options withTimeout(Duration limit) {
        return new Options(passwords, sourcePath, limit, sha256);
    }

    /** The file's SHA-256, already computed by the caller. */
    public Options withSha256(String hex) {
        return new Options(passwords, sourcePath, timeout, hex);
    }

    /** Whether a time limit applies. */
    public boolean limited() {
        return timeout != null && !timeout.isZero();
    }

    @Override
    public String toString() {
        return "Options[passwords=" + passwords.size() + " hidden, sourcePath=" + sourcePath + ", timeout="
                + timeout + ", sha256=" + sha256 + "]";
    }
}
