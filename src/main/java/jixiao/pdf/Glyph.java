package jixiao.pdf;

/**
 * One printed character with its displayed box (top-left origin, y down, points).
 * {@code size} is the font size on the page; {@code direction} is the angle of its writing direction on the page
 * in degrees clockwise (0 = left to right, 90 = top to bottom, 180, 270), rounded to a quarter turn.
 */
public record Glyph(String text, double x0, double top, double x1, double bottom, double size, int direction) {
    /** Left-to-right text, the way table cells are read. */
    public boolean upright() {
        return direction == 0;
    }

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
