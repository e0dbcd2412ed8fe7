package jixiao.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a page so that most of its text reads left to right: a landscape table drawn sideways on a portrait page,
 * or a page whose /Rotate does not match its content, is read in its own writing direction.
 */
final class TextOrientation {
    private TextOrientation() {
    }

    static PageContent upright(PageContent page) {
        int turn = turn(page);
        if (turn == 0) {
            return page;
        }
        Turn t = new Turn(turn, page.width(), page.height());
        List<Glyph> glyphs = new ArrayList<>(page.glyphs().size());
        for (Glyph g : page.glyphs()) {
            glyphs.add(t.glyph(g));
        }
        List<Ruling> rulings = new ArrayList<>(page.rulings().size());
        for (Ruling r : page.rulings()) {
            rulings.add(t.ruling(r));
        }
        return new PageContent(page.number(), t.width(), t.height(), glyphs, rulings, page.images());
    }

    /**
     * The writing direction (0, 90, 180 or 270) of most of the page's text, by which {@link #upright} turns the
     * page; 0 when no direction but left to right has more than half of the glyphs.
     */
    static int turn(PageContent page) {
        int[] count = new int[4];
        int total = 0;
        for (Glyph g : page.glyphs()) {
            if (!g.isSpace()) {
                count[g.direction() / 90]++;
                total++;
            }
        }
        int dominant = 0;
        for (int d = 1; d < 4; d++) {
            if (count[d] > count[dominant]) {
                dominant = d;
            }
        }
        return dominant == 0 || count[dominant] * 2 <= total ? 0 : dominant * 90;
    }

    /** A quarter-turn of the page that brings text written at {@code direction} back to left-to-right. */
    private record Turn(int direction, double w, double h) {
        double width() {
            return direction == 180 ? w : h;
        }

        double height() {
            return direction == 180 ? h : w;
        }

        double[] point(double x, double y) {
            return switch (direction) {
                case 90 -> new double[] {y, w - x};
                case 180 -> new double[] {w - x, h - y};
                default -> new double[] {h - y, x};
            };
        }

        Glyph glyph(Glyph g) {
            double[] a = point(g.x0(), g.top());
            double[] b = point(g.x1(), g.bottom());
            return new Glyph(g.text(), Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]),
                    Math.max(a[1], b[1]), g.size(), ((g.direction() - direction) % 360 + 360) % 360);
        }

        Ruling ruling(Ruling r) {
            double[] a;
            double[] b;
            if (r.horizontal()) {
                a = point(r.start(), r.position());
                b = point(r.end(), r.position());
            } else {
                a = point(r.position(), r.start());
                b = point(r.position(), r.end());
            }
            boolean horizontal = Math.abs(a[1] - b[1]) < Math.abs(a[0] - b[0]);
            return horizontal
                    ? new Ruling(Ruling.Orientation.HORIZONTAL, a[1], Math.min(a[0], b[0]), Math.max(a[0], b[0]),
                    r.thickness(), r.rgb(), r.stroked())
                    : new Ruling(Ruling.Orientation.VERTICAL, a[0], Math.min(a[1], b[1]), Math.max(a[1], b[1]),
                    r.thickness(), r.rgb(), r.stroked());
        }
    }
}
