package jixiao.review;

import java.nio.file.Path;

/**
 * How to write a review: the resolution of the page images, the password of encrypted PDFs, and the folder that
 * relative {@code source.path}s are resolved against (the working folder of the conversion run).
 */
public record ReviewOptions(float dpi, String password, Path base) {
    /** 96 dpi: CJK text of 9 points stays readable; with 16 gray levels a page image is about 40 KB. */
    public static final float DEFAULT_DPI = 96f;

    public ReviewOptions {
        if (!(dpi >= 18 && dpi <= 600)) {
            throw new IllegalArgumentException("dpi must be between 18 and 600, got " + dpi);
        }
        base = base == null ? Path.of("") : base;
    }

    public static ReviewOptions defaults() {
        return new ReviewOptions(DEFAULT_DPI, null, Path.of(""));
    }

    public ReviewOptions withDpi(float value) {
        return new ReviewOptions(value, password, base);
    }

    public ReviewOptions withPassword(String value) {
        return new ReviewOptions(dpi, value, base);
    }

    public ReviewOptions withBase(Path value) {
        return new ReviewOptions(dpi, password, value);
    }
}
