package jixiao.pdf;

/**
 * One printed character with its displayed box (top-left origin, y down, points).
 * {@code size} is the font size on the page; {@code upright} is false for rotated or vertical text.
 */
public record Glyph(String text, double x0, double top, double x1, double bottom, double size, boolean upright) {
    public double centerX() {
        return (x0 + x1) / 2;
    }

    public double centerY() {
        return (top + bottom) / 2;
    }

    public double width() {
        return x1 - x0;
    }

    public boolean isSpace() {
        return text.isBlank();
    }
}
