package jixiao.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/** Reads every page of a PDF into {@link PageContent} records. Stateless; each call opens its own document. */
public final class PdfReader {
    private PdfReader() {
    }

    /** The pages of {@code file}, in order. Throws {@link PdfReadException} when the file cannot be opened. */
    public static List<PageContent> read(Path file, String password) throws PdfReadException {
        try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()), password == null ? "" : password, null, null,
                IOUtils.createTempFileOnlyStreamCache())) {
            List<PageContent> pages = new ArrayList<>(doc.getNumberOfPages());
            int n = 0;
            int lost = 0;
            RuntimeException firstFailure = null;
            for (PDPage page : doc.getPages()) {
                n++;
                try {
                    pages.add(new ContentCollector(page).collect(n));
                } catch (IOException | RuntimeException e) {
                    // a damaged page costs that page only; the readable ones are still converted
                    pages.add(PageContent.unreadable(n, e.getClass().getSimpleName() + ": " + e.getMessage()));
                    lost++;
                    if (firstFailure == null) {
                        firstFailure = new IllegalStateException(e.getMessage(), e);
                    }
                }
            }
            if (n > 0 && lost == n) {
                throw new PdfReadException(PdfReadException.Kind.DAMAGED, 1, firstFailure);
            }
            return pages;
        } catch (org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException e) {
            throw new PdfReadException(PdfReadException.Kind.PASSWORD_REQUIRED, null, e);
        } catch (IOException e) {
            throw new PdfReadException(PdfReadException.Kind.NOT_A_PDF, null, e);
        }
    }
}
