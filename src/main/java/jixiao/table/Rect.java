package jixiao.table;

/** An axis-aligned rectangle on one page (top-left origin, y down, points). */
public record Rect(double x0, double top, double x1, double bottom) {
    public Rect {
        if (x1 < x0 || bottom < top) {
            throw new IllegalArgumentException("inverted rect " + x0 + "," + top + "," + x1 + "," + bottom);
        }
    }

    public double width() {
        return x1 - x0;
    }

    public double height() {
        return bottom - top;
    }

    public boolean contains(double x, double y) {
        return x >= x0 && x <= x1 && y >= top && y <= bottom;
    }

    /** Length of the overlap of the two x ranges (0 when apart). */
    public double xOverlap(Rect o) {
        return Math.max(0, Math.min(x1, o.x1) - Math.max(x0, o.x0));
    }

    public Rect union(Rect o) {
        return new Rect(Math.min(x0, o.x0), Math.min(top, o.top), Math.max(x1, o.x1), Math.max(bottom, o.bottom));
    }
}
