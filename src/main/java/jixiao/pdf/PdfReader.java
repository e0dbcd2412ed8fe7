package jixiao.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads every page of a PDF into {@link PageContent} records. Stateless; each call opens its own document.
 *
 * <p>Whatever PDFBox throws on a damaged file, including unchecked exceptions and a {@link StackOverflowError} on a
 * page tree or form nested too deep, comes out as a {@link PdfReadException}; a page that cannot be read costs that
 * page only ({@link PageContent#unreadable}). Exceptions thrown by the per-page function are the caller's and pass
 * through.
 */
public final class PdfReader {
    /** Room reserved up front at most: a damaged page tree may claim billions of pages. */
    private static final int MAX_INITIAL_PAGES = 1024;

    private PdfReader() {
    }

    /** The pages of {@code file}, in order. Throws {@link PdfReadException} when the file cannot be opened. */
    public static List<PageContent> read(Path file, String password) throws PdfReadException {
        return read(file, password, Function.identity());
    }

    public static <T> List<T> read(Path file, String password, Function<PageContent, T> perPage)
            throws PdfReadException {
        return read(file, password == null ? List.of() : List.of(password), Deadline.NONE, perPage);
    }

    /**
     * Reads page by page and hands each page to {@code perPage} at once, so that a long document never holds more
     * than one page's glyphs. {@code file} may live in any file system (a ZIP entry is read in memory).
     *
     * @param passwords tried in turn on an encrypted PDF, then the empty password (which opens a PDF that has only
     *                  an owner password, i.e. restricts copying or printing); ignored for an unencrypted PDF
     * @param deadline  checked before each page and within long pages: past it, {@link PdfReadException.Kind#TIMEOUT}
     */
    public static <T> List<T> read(Path file, List<String> passwords, Deadline deadline,
                                   Function<PageContent, T> perPage) throws PdfReadException {
        PDDocument doc = open(file, passwords, deadline);
        try {
            return pages(doc, deadline, perPage);
        } finally {
            try {
                doc.close();
            } catch (IOException | RuntimeException e) {
                // the pages are read; a file that fails to close costs nothing more
            }
        }
    }

    private static <T> List<T> pages(PDDocument doc, Deadline deadline, Function<PageContent, T> perPage)
            throws PdfReadException {
        Iterator<PDPage> it;
        int count;
        try {
            count = doc.getNumberOfPages();
            it = doc.getPages().iterator();
        } catch (RuntimeException | StackOverflowError e) {
            throw new PdfReadException(PdfReadException.Kind.DAMAGED, null, "the page tree is damaged: "
                    + PdfReadException.describe(e), e);
        }
        List<T> pages = new ArrayList<>(Math.max(0, Math.min(count, MAX_INITIAL_PAGES)));
        int n = 0;
        int lost = 0;
        Throwable firstFailure = null;
        while (true) {
            if (deadline.passed()) {
                throw timeout(n + 1);
            }
            PDPage page;
            try {
                if (!it.hasNext()) {
                    break;
                }
                page = it.next();
            } catch (RuntimeException | StackOverflowError e) { // the page tree breaks off here
                if (n == 0) {
                    throw new PdfReadException(PdfReadException.Kind.DAMAGED, 1, e);
                }
                pages.add(perPage.apply(PageContent.unreadable(n + 1, "the page tree breaks off: "
                        + PdfReadException.describe(e))));
                break;
            }
            n++;
            PageContent content;
            try {
                content = new ContentCollector(page, deadline).collect(n);
            } catch (TimeLimitExceeded e) {
                throw timeout(n);
            } catch (IOException | RuntimeException | StackOverflowError e) {
                // a damaged page costs that page only; the readable ones are still converted
                content = PageContent.unreadable(n, e.getClass().getSimpleName() + ": " + e.getMessage());
                lost++;
                if (firstFailure == null) {
                    firstFailure = e;
                }
            }
            pages.add(perPage.apply(content));
        }
        if (n > 0 && lost == n) {
            throw new PdfReadException(PdfReadException.Kind.DAMAGED, 1, firstFailure);
        }
        return pages;
    }

    /** Opens the PDF with the first password that works; an unencrypted PDF opens with the first try. */
    static PDDocument open(Path file, List<String> passwords, Deadline deadline) throws PdfReadException {
        byte[] inMemory = null;
        if (file.getFileSystem() != FileSystems.getDefault()) { // an archive entry: read in place, in memory
            try (InputStream in = Files.newInputStream(file)) {
                inMemory = in.readAllBytes();
            } catch (IOException e) {
                throw new PdfReadException(PdfReadException.Kind.NOT_A_PDF, null, e);
            }
        }
        Set<String> tries = new LinkedHashSet<>();
        for (String pw : passwords) {
            if (pw != null) {
                tries.add(pw);
            }
        }
        int given = tries.size() - (tries.contains("") ? 1 : 0);
        tries.add("");
        InvalidPasswordException refused = null;
        for (String pw : tries) {
            if (deadline.passed()) {
                throw timeout(null);
            }
            RandomAccessRead source = null;
            try {
                source = inMemory != null ? new RandomAccessReadBuffer(inMemory)
                        : new RandomAccessReadBufferedFile(file.toFile());
                return Loader.loadPDF(source, pw, null, null, IOUtils.createTempFileOnlyStreamCache());
            } catch (InvalidPasswordException e) {
                refused = e;
                closeQuietly(source);
            } catch (IOException e) {
                closeQuietly(source);
                throw new PdfReadException(PdfReadException.Kind.NOT_A_PDF, null, e);
            } catch (RuntimeException | StackOverflowError e) { // PDFBox tripped over the damage
                closeQuietly(source);
                throw new PdfReadException(PdfReadException.Kind.NOT_A_PDF, null, e);
            }
        }
        throw new PdfReadException(PdfReadException.Kind.PASSWORD_REQUIRED, null, given == 0
                ? "the PDF is encrypted with a user password"
                : given == 1 ? "the PDF is encrypted with a user password, and the password given does not open it"
                : "the PDF is encrypted with a user password, and none of the " + given + " passwords given opens it",
                refused);
    }

    private static PdfReadException timeout(Integer page) {
        return new PdfReadException(PdfReadException.Kind.TIMEOUT, page, "time limit reached", null);
    }

    private static void closeQuietly(RandomAccessRead source) {
        if (source == null) {
            return;
        }
        try {
            source.close();
        } catch (IOException | RuntimeException e) {
            // already failing
        }
    }
}
