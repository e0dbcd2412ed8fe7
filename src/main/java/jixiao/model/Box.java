package jixiao.model;

/** A rectangle in PDF points, origin top-left of the crop box, y down (pdfplumber's convention). */
public record Box(double x0, double y0, double x1, double y1) {
    public Box {
        if (x1 < x0 || y1 < y0) {
            throw new IllegalArgumentException("inverted box " + x0 + "," + y0 + "," + x1 + "," + y1);
        }
    }
}
