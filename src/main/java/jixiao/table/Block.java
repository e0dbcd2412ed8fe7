package jixiao.table;

/** Something on a page in reading order: a {@link Table} or a free {@link TextBlock} line. */
public sealed interface Block permits Table, TextBlock {
    int page();

    double top();
}
