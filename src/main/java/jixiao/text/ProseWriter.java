package jixiao.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jixiao.table.Rect;
import jixiao.table.TextBlock;
import jixiao.table.TextLine;

/**
 * Free lines as text blocks with synthetic boxes. Prose lines that start a paragraph are indented (the mapper
 * splits paragraphs at indented lines): a line starts one after a line that stopped short of the text width, or when
 * it opens with list numbering or 绩效目标：; a blank line or page break alone decides nothing, since extraction tools
 * put them inside paragraphs too.
 */
final class ProseWriter {
    private static final Pattern OPENS = Pattern.compile(
            "^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十0-9]+[）)]|\\d{1,2}[、.．](?!\\d)|第[一二三四五六七八九十]+部分"
                    + "|(?:绩效目标|目标|年度目标)[：:])");
    static final double LINE = 12;
    /**
     * How far short of the widest line a full line may stop (half-em units, at least; or this share of the width):
     * a producer wraps before a character that does not fit, and digits and punctuation vary the width.
     */
    private static final int RAGGED = 4;
    private static final double RAGGED_SHARE = 0.08;
    static final double WIDTH = 1000;

    private ProseWriter() {
    }

    /** Prose lines from {@code top} down, indented where a paragraph starts. */
    static List<TextBlock> prose(List<SourceLine> lines, double top) {
        int full = 0;
        for (SourceLine l : lines) {
            full = Math.max(full, Width.of(l.text()));
        }
        double ragged = Math.max(RAGGED, RAGGED_SHARE * full);
        List<TextBlock> out = new ArrayList<>();
        String prev = null;
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).text();
            boolean starts = prev == null || Width.of(prev) < full - ragged || OPENS.matcher(t).find();
            out.add(block(t, starts ? 20 : 0, top + i * LINE));
            prev = t;
        }
        return out;
    }

    /** Lines kept together (a title over two lines, then the unit line), from {@code top} down. */
    static List<TextBlock> plain(List<String> lines, double top) {
        List<TextBlock> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            out.add(block(lines.get(i), 0, top + i * LINE));
        }
        return out;
    }

    private static TextBlock block(String text, double x0, double top) {
        return new TextBlock(new TextLine(text, 0, new Rect(x0, top, WIDTH, top + TableWriter.SIZE),
                TableWriter.SIZE));
    }
}
