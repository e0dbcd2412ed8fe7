package jixiao;

/**
 * How to convert one file.
 *
 * @param password      the PDF user password, or null
 * @param sourcePath    the path to record as {@code source.path}; null records the file path as given
 */
public record Options(String password, String sourcePath) {
    public static Options defaults() {
        return new Options(null, null);
    }

    public Options withPassword(String pw) {
        return new Options(pw, sourcePath);
    }

    public Options withSourcePath(String path) {
        return new Options(password, path);
    }
}
