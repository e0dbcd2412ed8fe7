package jixiao.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Large PDFs merged from the dev samples (as the tests' TestPdfs does), written into the bench's work folder. */
final class Pdfs {
    private Pdfs() {
    }

    /** The samples in name order, appended whole and over again until {@code pages}, the last one cut short. */
    static Path merged(Path samples, int pages, Path out) throws IOException {
        List<Path> files = Bench.pdfs(samples);
        PDFMergerUtility merger = new PDFMergerUtility();
        List<PDDocument> sources = new ArrayList<>(); // open until the save: the target reads their streams
        try (PDDocument target = new PDDocument()) {
            for (int i = 0; target.getNumberOfPages() < pages; i++) {
                PDDocument source = Loader.loadPDF(files.get(i % files.size()).toFile());
                sources.add(source);
                while (source.getNumberOfPages() > pages - target.getNumberOfPages()) {
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
