package jixiao;

import jixiao.model.Document;

/** The outcome of converting one file: the document and how long it took. */
public record ConversionResult(Document document, long millis) {
    public int pages() {
        Integer p = document.source().pages();
        return p == null ? 0 : p;
    }
}
