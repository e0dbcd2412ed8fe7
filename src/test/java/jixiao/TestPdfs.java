package jixiao;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Large PDFs made for a test from the dev samples (never committed): the samples in name order, appended whole and
 * over again until the page count is reached, the last one cut short.
 */
public final class TestPdfs {
    private TestPdfs() {
    }

    /** Writes a PDF of exactly {@code pages} pages to {@code out}. */
    public static Path merged(int pages, Path out) throws IOException {
        List<Path> samples = Samples.list("dev/pdf", ".pdf");
        PDFMergerUtility merger = new PDFMergerUtility();
        List<PDDocument> sources = new ArrayList<>(); // open until the save: the target reads their streams
        try (PDDocument target = new PDDocument()) {
            for (int i = 0; target.getNumberOfPages() < pages; i++) {
                PDDocument source = Loader.loadPDF(samples.get(i % samples.size()).toFile());
                sources.add(source);
                int room = pages - target.getNumberOfPages();
                while (source.getNumberOfPages() > room) {
                    source.removePage(source.getNumberOfPages() - 1);
                }
                merger.appendDocument(target, source);
            }
            target.save(out.toFile());
        } finally {
            for (PDDocument d : sources) {
                d.close();
            }
        }
        return out;
    }
}
