package jixiao.pdf;

/**
 * A horizontal or vertical line segment drawn on a page: a stroked path segment or a thin filled rectangle.
 * {@code position} is y for a horizontal ruling and x for a vertical one; {@code start} &lt; {@code end} run along it.
 * {@code rgb} is the paint colour (0xRRGGBB) and {@code stroked} tells stroked lines from filled rectangles.
 */
public record Ruling(Orientation orientation, double position, double start, double end, double thickness,
                     int rgb, boolean stroked) {
    public enum Orientation { HORIZONTAL, VERTICAL }

    public Ruling {
        if (end < start) {
            throw new IllegalArgumentException("ruling end " + end + " before start " + start);
        }
    }

    public boolean horizontal() {
        return orientation == Orientation.HORIZONTAL;
    }

    public double length() {
        return end - start;
    }
}
