package jixiao.review;

import java.nio.file.Path;
import java.util.List;

/**
 * What a review run wrote: its {@code index.html}, the documents with a page, the inputs listed without one (failed
 * conversions, unreadable JSON), the page images, the folder's size, and a note per document whose sources could
 * not be shown (source not found, changed since the conversion, not drawable).
 */
public record ReviewSummary(Path index, int documents, int unreadable, int pageImages, long bytes,
                            List<String> notes) {
    public ReviewSummary {
        notes = List.copyOf(notes);
    }
}
