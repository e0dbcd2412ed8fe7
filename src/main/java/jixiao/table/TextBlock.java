package jixiao.table;

/** A free text line outside any table, as a block in the page's reading order. */
public record TextBlock(TextLine line) implements Block {
    @Override
    public int page() {
        return line.page();
    }

    @Override
    public double top() {
        return line.box().top();
    }

    public String text() {
        return line.text();
    }
}
