package jixiao.pdf;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns painted paths into ruling candidates: axis-aligned stroked segments, and filled rectangles thin enough to be
 * a rule. White paint (cell backgrounds, erasers) and tiny squares (corner joints) are not rules.
 */
final class RulingCollector {
    /** A filled rectangle thicker than this (points) is an area, not a rule. */
    static final double MAX_RULE_THICKNESS = 2.5;
    /** Segments shorter than this (points) are joints or dots. */
    static final double MIN_RULE_LENGTH = 1.5;
    /** Slope tolerance (points of drift over the segment) for a segment to count as axis-aligned. */
    static final double AXIS_TOLERANCE = 0.5;

    private final PageTransform transform;
    private final List<Ruling> rulings = new ArrayList<>();

    RulingCollector(PageTransform transform) {
        this.transform = transform;
    }

    List<Ruling> rulings() {
        return rulings;
    }

    void stroke(List<double[]> segments, double width, int rgb) {
        if (isWhite(rgb)) {
            return;
        }
        for (double[] s : segments) {
            if (s == null || Double.isNaN(s[0])) {
                continue;
            }
            Point2D.Double a = transform.apply(s[0], s[1]);
            Point2D.Double b = transform.apply(s[2], s[3]);
            add(a, b, width, rgb, true);
        }
    }

    void fill(List<double[]> segments, int rgb) {
        if (isWhite(rgb)) {
            return;
        }
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        boolean rectangular = true;
        int count = 0;
        for (int i = 0; i <= segments.size(); i++) {
            double[] s = i < segments.size() ? segments.get(i) : null;
            if (s == null) {
                if (count > 0 && rectangular) {
                    addRectangle(minX, minY, maxX, maxY, rgb);
                }
                minX = minY = Double.MAX_VALUE;
                maxX = maxY = -Double.MAX_VALUE;
                rectangular = true;
                count = 0;
                continue;
            }
            if (Double.isNaN(s[0])) {
                rectangular = false;
                continue;
            }
            Point2D.Double a = transform.apply(s[0], s[1]);
            Point2D.Double b = transform.apply(s[2], s[3]);
            if (Math.abs(a.x - b.x) > AXIS_TOLERANCE && Math.abs(a.y - b.y) > AXIS_TOLERANCE) {
                rectangular = false;
            }
            minX = Math.min(minX, Math.min(a.x, b.x));
            maxX = Math.max(maxX, Math.max(a.x, b.x));
            minY = Math.min(minY, Math.min(a.y, b.y));
            maxY = Math.max(maxY, Math.max(a.y, b.y));
            count++;
        }
    }

    private void addRectangle(double x0, double y0, double x1, double y1, int rgb) {
        double w = x1 - x0;
        double h = y1 - y0;
        if (h <= MAX_RULE_THICKNESS && w >= MIN_RULE_LENGTH && w > h) {
            double y = (y0 + y1) / 2;
            rulings.add(new Ruling(Ruling.Orientation.HORIZONTAL, y, x0, x1, Math.max(h, 0.1), rgb, false));
        } else if (w <= MAX_RULE_THICKNESS && h >= MIN_RULE_LENGTH && h > w) {
            double x = (x0 + x1) / 2;
            rulings.add(new Ruling(Ruling.Orientation.VERTICAL, x, y0, y1, Math.max(w, 0.1), rgb, false));
        }
    }

    private void add(Point2D.Double a, Point2D.Double b, double width, int rgb, boolean stroked) {
        if (Math.abs(a.y - b.y) <= AXIS_TOLERANCE && Math.abs(a.x - b.x) >= MIN_RULE_LENGTH) {
            rulings.add(new Ruling(Ruling.Orientation.HORIZONTAL, (a.y + b.y) / 2, Math.min(a.x, b.x),
                    Math.max(a.x, b.x), width, rgb, stroked));
        } else if (Math.abs(a.x - b.x) <= AXIS_TOLERANCE && Math.abs(a.y - b.y) >= MIN_RULE_LENGTH) {
            rulings.add(new Ruling(Ruling.Orientation.VERTICAL, (a.x + b.x) / 2, Math.min(a.y, b.y),
                    Math.max(a.y, b.y), width, rgb, stroked));
        }
    }

    static boolean isWhite(int rgb) {
        return ((rgb >> 16) & 0xFF) > 0xF0 && ((rgb >> 8) & 0xFF) > 0xF0 && (rgb & 0xFF) > 0xF0;
    }
}
