package jixiao.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jixiao.table.TextLine;

/**
 * Joins free prose lines into paragraphs: a line indented from the page's left margin, or following a line that
 * stopped short of the right margin, starts a new paragraph; wrapped lines are joined with no separator.
 */
final class Paragraphs {
    /** A paragraph's text and the page it starts on. */
    record Paragraph(String text, int page) {
    }

    /** Chinese list numbering (一、 （一）) starts a paragraph even when not indented. */
    private static final Pattern HEADING = Pattern.compile("^\\s*([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])");

    private Paragraphs() {
    }

    static List<Paragraph> of(List<TextLine> lines) {
        // margins over the whole run: a page holding only indented lines must not make them the margin
        double[] m = {Double.MAX_VALUE, -Double.MAX_VALUE};
        for (TextLine l : lines) {
            m[0] = Math.min(m[0], l.box().x0());
            m[1] = Math.max(m[1], l.box().x1());
        }
        List<Paragraph> out = new ArrayList<>();
        StringBuilder cur = null;
        int curPage = 0;
        TextLine prev = null;
        for (TextLine l : lines) {
            double size = Math.max(l.size(), 1);
            boolean indented = l.box().x0() > m[0] + 0.9 * size;
            boolean prevShort = prev != null && prev.box().x1() < m[1] - 1.5 * size;
            boolean heading = HEADING.matcher(l.text()).find();
            boolean sizeChange = prev != null && Math.abs(prev.size() - l.size()) > 0.6;
            if (cur == null || indented || prevShort || sizeChange || heading) {
                if (cur != null) {
                    out.add(new Paragraph(cur.toString().strip(), curPage));
                }
                cur = new StringBuilder();
                curPage = l.page();
            }
            cur.append(l.text().strip());
            prev = l;
        }
        if (cur != null) {
            out.add(new Paragraph(cur.toString().strip(), curPage));
        }
        return out;
    }
}
