package jixiao.table;

/** One line of text outside any table, or one line inside a cell: text, page, box and font size. */
public record TextLine(String text, int page, Rect box, double size) {
}
