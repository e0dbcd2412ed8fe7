package jixiao.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/** Reads every page of a PDF into {@link PageContent} records. Stateless; each call opens its own document. */
public final class PdfReader {
    private PdfReader() {
    }

    private static RandomAccessRead source(Path file) throws IOException {
        if (file.getFileSystem() == FileSystems.getDefault()) {
            return new RandomAccessReadBufferedFile(file.toFile());
        }
        try (InputStream in = Files.newInputStream(file)) {
            return new RandomAccessReadBuffer(in); // an archive entry: read in place, in memory
        }
    }

    /** The pages of {@code file}, in order. Throws {@link PdfReadException} when the file cannot be opened. */
    public static List<PageContent> read(Path file, String password) throws PdfReadException {
        return read(file, password, Function.identity());
    }

    /**
     * Reads page by page and hands each page to {@code perPage} at once, so that a long document never holds more
     * than one page's glyphs. {@code file} may live in any file system (a ZIP entry is read in memory).
     */
    public static <T> List<T> read(Path file, String password, Function<PageContent, T> perPage)
            throws PdfReadException {
        try (PDDocument doc = Loader.loadPDF(source(file), password == null ? "" : password, null, null,
                IOUtils.createTempFileOnlyStreamCache())) {
            List<T> pages = new ArrayList<>(doc.getNumberOfPages());
            int n = 0;
            int lost = 0;
            RuntimeException firstFailure = null;
            for (PDPage page : doc.getPages()) {
                n++;
                PageContent content;
                try {
                    content = new ContentCollector(page).collect(n);
                } catch (IOException | RuntimeException e) {
                    // a damaged page costs that page only; the readable ones are still converted
                    content = PageContent.unreadable(n, e.getClass().getSimpleName() + ": " + e.getMessage());
                    lost++;
                    if (firstFailure == null) {
                        firstFailure = new IllegalStateException(e.getMessage(), e);
                    }
                }
                pages.add(perPage.apply(content));
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
