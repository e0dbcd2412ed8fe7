package jixiao.layout;

import java.util.Arrays;
import java.util.List;

import jixiao.pdf.Glyph;

/**
 * Distances in points used by the layout steps, scaled to the page's median glyph size.
 *
 * @param snap      rulings closer than this are one line; a cell edge may miss a ruling end by this much
 * @param join      collinear ruling pieces with a gap up to this are one ruling
 * @param wordGap   a gap wider than this between two Latin letters or digits is a space
 * @param glyphSize the median glyph size the others were derived from
 */
public record Tolerances(double snap, double join, double wordGap, double glyphSize) {
    public static final double DEFAULT_SIZE = 10.0;

    public static Tolerances forGlyphSize(double size) {
        double s = size > 0 ? size : DEFAULT_SIZE;
        return new Tolerances(Math.max(1.5, 0.2 * s), Math.max(3.0, 0.4 * s), 0.25 * s, s);
    }

    public static Tolerances forGlyphs(List<Glyph> glyphs) {
        double[] sizes = glyphs.stream().filter(g -> !g.isSpace()).mapToDouble(Glyph::size).toArray();
        if (sizes.length == 0) {
            return forGlyphSize(DEFAULT_SIZE);
        }
        Arrays.sort(sizes);
        return forGlyphSize(sizes[sizes.length / 2]);
    }
}
