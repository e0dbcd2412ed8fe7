package jixiao.review;

import java.nio.file.Path;
import java.util.List;

/**
 * How to write a review: the resolution of the page images, the passwords to try on encrypted PDFs (as the
 * conversion tried them; never printed), and the folder that relative {@code source.path}s are resolved against (the
 * working folder of the conversion run).
 */
public record ReviewOptions(float dpi, List<String> passwords, Path base) {
    /** 96 dpi: CJK text of 9 points stays readable; with 16 gray levels a page image is about 40 KB. */
    public static final float DEFAULT_DPI = 96f;

    public ReviewOptions {
        if (!(dpi >= 18 && dpi <= 600)) {
            throw new IllegalArgumentException("dpi must be between 18 and 600, got " + dpi);
        }
        base = base == null ? Path.of("") : base;
        passwords = passwords == null ? List.of() : List.copyOf(passwords);
    }

    public static ReviewOptions defaults() {
        return new ReviewOptions(DEFAULT_DPI, List.of(), Path.of(""));
    }

    public ReviewOptions withDpi(float value) {
        return new ReviewOptions(value, passwords, base);
    }

    public ReviewOptions withPasswords(List<String> values) {
        return new ReviewOptions(dpi, values, base);
    }

    public ReviewOptions withBase(Path value) {
        return new ReviewOptions(dpi, passwords, value);
    }

    @Override
    public String toString() {
        return "ReviewOptions[dpi=" + dpi + ", passwords=" + passwords.size() + " hidden, base=" + base + "]";
    }
}
