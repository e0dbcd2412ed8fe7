package jixiao.review;

/** What every review page starts with, and the legend of the marks. */
final class Head {
    static final String CSS = "review.css";
    static final String JS = "review.js";

    private Head() {
    }

    /** The document head; {@code root} is the relative path from the page to the review folder. */
    static void open(StringBuilder b, String title, String root) {
        b.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"jixiao review\">\n")
                .append("<title>").append(Html.esc(title)).append("</title>\n")
                .append("<link rel=\"stylesheet\" href=\"").append(root).append(CSS).append("\">\n")
                .append("<script src=\"").append(root).append(JS).append("\" defer></script>\n")
                .append("</head>\n");
    }

    static void legend(StringBuilder b, boolean text) {
        b.append("<p class=\"legend\">Hover or click a table cell to light up where it was printed")
                .append(text ? " (its text lines)" : " (its box on the page image)")
                .append(", and the other way round. Marks: ")
                .append("<span class=\"key doubt sev-error\">error</span> ")
                .append("<span class=\"key doubt sev-warning\">warning</span> ")
                .append("<span class=\"key doubt sev-info\">info</span> (cells an issue is about), ")
                .append("<span class=\"key missing\">missing</span> (no level-3 name or value)");
        if (!text) {
            b.append(", <span class=\"key nobox\">no box</span> (no position recorded)")
                    .append(". Zoom the pages: <button type=\"button\" class=\"zoom\" data-zoom=\"-1\">−</button>")
                    .append("<button type=\"button\" class=\"zoom\" data-zoom=\"1\">+</button>");
        }
        b.append(".</p>\n");
    }
}
