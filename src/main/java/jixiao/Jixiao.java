package jixiao;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import jixiao.export.JsonExporter;
import jixiao.layout.PageAssembler;
import jixiao.mapping.DocumentMapper;
import jixiao.model.Document;
import jixiao.model.Source;
import jixiao.pdf.Deadline;
import jixiao.pdf.PdfReadException;
import jixiao.pdf.PdfReader;
import jixiao.pdf.PdfWarmUp;
import jixiao.table.PageLayout;
import jixiao.text.TextLayoutReader;

/** The pipeline facade: one file in, one contract document out. Stateless and thread-safe. */
public final class Jixiao {
    private Jixiao() {
    }

    public static ConversionResult convert(Path file) throws JixiaoException {
        return convert(file, Options.defaults());
    }

    /**
     * Builds the libraries' one-time tables and classes (PDFBox's CMap strings and glyph list, the JSON writer and
     * reader) ahead of the first conversion. Optional: a one-file CLI run calls it on a spare thread at start, so
     * that this work overlaps the start-up instead of delaying the first page. Safe from any thread, any number of
     * times; changes nothing a conversion produces.
     */
    public static void warmUp() {
        PdfWarmUp.run();
        JsonExporter.warmUp();
    }

    /**
     * Converts one file. Every failure is a {@link JixiaoException} with a stable code: what PDFBox throws on a
     * damaged file (including unchecked exceptions and stack overflows) is {@code DAMAGED_PDF}, a file past
     * {@link Options#timeout()} is {@code TIMEOUT}, and any other exception or stack overflow is
     * {@code INTERNAL_ERROR}. Only an {@link OutOfMemoryError} passes through, for the caller to recover from.
     */
    public static ConversionResult convert(Path file, Options options) throws JixiaoException {
        long start = System.nanoTime();
        Deadline deadline = Deadline.after(options.timeout());
        Document doc;
        try {
            doc = document(file, options, deadline);
        } catch (RuntimeException | StackOverflowError e) {
            throw Errors.internal(file, e);
        }
        return new ConversionResult(doc, (System.nanoTime() - start) / 1_000_000);
    }

    private static Document document(Path file, Options options, Deadline deadline) throws JixiaoException {
        String sourcePath = options.sourcePath() != null ? options.sourcePath() : file.toString();
        byte[] head = readHead(file);
        String sha = options.sha256() != null ? options.sha256() : sha256(file);
        Document doc;
        if (InputFormat.isPdf(head)) {
            List<PageLayout> layouts = readPdf(file, options, deadline);
            requireText(file, layouts);
            doc = DocumentMapper.map(layouts, new Source(sourcePath, sha, "pdf", layouts.size()));
        } else if (InputFormat.isText(head)) {
            String text;
            try {
                text = Files.readString(file, InputFormat.charset(head));
            } catch (IOException e) {
                throw new JixiaoException(file, null, "READ_FAILED", "cannot read the text: " + e.getMessage(),
                        "check that the file is plain text (UTF-8, GB18030 or UTF-16)", e);
            }
            Source source = new Source(sourcePath, sha, "text", null);
            TextLayoutReader.Result read = TextLayoutReader.readText(text);
            doc = DocumentMapper.mapText(read.blocks(), read.issues(), source);
        } else {
            throw new JixiaoException(file, null, "NOT_A_PDF",
                    "neither a PDF (no %PDF- header) nor a text file (" + InputFormat.describe(head) + ")",
                    "convert it to PDF or plain text first, or remove it from the input", null);
        }
        return doc;
    }

    private static List<PageLayout> readPdf(Path file, Options options, Deadline deadline) throws JixiaoException {
        try {
            return PdfReader.read(file, options.passwords(), deadline, PageAssembler::assemble);
        } catch (PdfReadException e) {
            throw Errors.fromPdf(file, e, options.timeout());
        }
    }

    /** A PDF whose readable pages hold no text at all is a scan: there is nothing to convert without OCR. */
    private static void requireText(Path file, List<PageLayout> pages) throws JixiaoException {
        if (pages.isEmpty()) { // a page tree that loops back on itself or leads nowhere
            throw new JixiaoException(file, null, "DAMAGED_PDF", "the PDF has no pages: its page tree is empty or "
                    + "damaged", "the file is damaged; download it again or re-save it from a PDF viewer", null);
        }
        int images = 0;
        for (PageLayout p : pages) {
            if (p.glyphs() > 0 || p.error() != null) {
                return;
            }
            images += p.images();
        }
        throw new JixiaoException(file, null, "NO_TEXT_LAYER",
                "none of the " + pages.size() + " pages has a text layer" + (images > 0 ? " (scanned images)" : ""),
                "run OCR on it first (e.g. ocrmypdf), then convert the OCRed PDF", null);
    }

    private static byte[] readHead(Path file) throws JixiaoException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(4096);
        } catch (NoSuchFileException e) {
            throw new JixiaoException(file, null, "NOT_FOUND", "no such file", "check the path", e);
        } catch (IOException e) {
            throw new JixiaoException(file, null, "READ_FAILED", "cannot read: " + e.getMessage(),
                    "check the file's permissions", e);
        }
    }

    private static String sha256(Path file) throws JixiaoException {
        try {
            return FileHash.sha256(file);
        } catch (IOException e) {
            throw new JixiaoException(file, null, "READ_FAILED", "cannot read: " + e.getMessage(),
                    "check the file's permissions", e);
        }
    }
}
