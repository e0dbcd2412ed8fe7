package jixiao.pdf;

import java.awt.geom.Point2D;

/**
 * Maps PDF user space (y up, after the CTM) to displayed page space: origin at the top-left of the crop box as a
 * viewer shows it after /Rotate, y down, points.
 */
record PageTransform(double llx, double lly, double urx, double ury, int rotation) {

    static PageTransform of(double llx, double lly, double urx, double ury, int rotate) {
        int r = ((rotate % 360) + 360) % 360;
        return new PageTransform(llx, lly, urx, ury, r - r % 90);
    }

    double width() {
        return rotation == 90 || rotation == 270 ? ury - lly : urx - llx;
    }

    double height() {
        return rotation == 90 || rotation == 270 ? urx - llx : ury - lly;
    }

    Point2D.Double apply(double x, double y) {
        return switch (rotation) {
            case 90 -> new Point2D.Double(y - lly, x - llx);
            case 180 -> new Point2D.Double(urx - x, y - lly);
            case 270 -> new Point2D.Double(ury - y, urx - x);
            default -> new Point2D.Double(x - llx, ury - y);
        };
    }
}
