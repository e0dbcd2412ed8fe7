package jixiao.pdf;

import java.time.Duration;

/**
 * When reading must stop: {@link PdfReader} checks it before each page and {@link ContentCollector} every few
 * thousand content-stream operators and glyphs, and then gives up with {@link PdfReadException.Kind#TIMEOUT}.
 * {@link #NONE} never passes. A value; the clock is {@link System#nanoTime()}.
 *
 * @param bounded  false for {@link #NONE}
 * @param nanoTime the {@code System.nanoTime()} at which it passes (meaningless unless bounded)
 */
public record Deadline(boolean bounded, long nanoTime) {
    public static final Deadline NONE = new Deadline(false, 0);
    /** Longer limits are no limit (and stay clear of {@code nanoTime} overflow). */
    private static final Duration LONGEST = Duration.ofDays(365);

    /** {@code limit} from now; null, zero or negative is {@link #NONE}. */
    public static Deadline after(Duration limit) {
        if (limit == null || limit.isZero() || limit.isNegative() || limit.compareTo(LONGEST) > 0) {
            return NONE;
        }
        return new Deadline(true, System.nanoTime() + limit.toNanos());
    }

    public boolean passed() {
        return bounded && System.nanoTime() - nanoTime >= 0;
    }
}
