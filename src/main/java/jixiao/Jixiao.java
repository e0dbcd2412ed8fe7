package jixiao;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import jixiao.layout.PageAssembler;
import jixiao.mapping.DocumentMapper;
import jixiao.model.Document;
import jixiao.model.Source;
import jixiao.pdf.PdfReadException;
import jixiao.pdf.PdfReader;
import jixiao.table.PageLayout;
import jixiao.text.LayoutText;
import jixiao.text.TextLayoutReader;

/** The pipeline facade: one file in, one contract document out. Stateless and thread-safe. */
public final class Jixiao {
    private Jixiao() {
    }

    public static ConversionResult convert(Path file) throws JixiaoException {
        return convert(file, Options.defaults());
    }

    public static ConversionResult convert(Path file, Options options) throws JixiaoException {
        long start = System.nanoTime();
        String sourcePath = options.sourcePath() != null ? options.sourcePath() : file.toString();
        byte[] head = readHead(file);
        String sha = sha256(file);
        Document doc;
        if (InputFormat.isPdf(head)) {
            List<PageLayout> layouts = readPdf(file, options.password());
            requireText(file, layouts);
            doc = DocumentMapper.map(layouts, new Source(sourcePath, sha, "pdf", layouts.size()));
        } else if (InputFormat.isText(head)) {
            String text;
            try {
                text = Files.readString(file, InputFormat.charset(head));
            } catch (IOException e) {
                throw new JixiaoException(file, null, "READ_FAILED", "cannot read the text: " + e.getMessage(),
                        "check that the file is plain text (UTF-8 or GB18030)", e);
            }
            Source source = new Source(sourcePath, sha, "text", null);
            if (LayoutText.isLayout(text)) {
                text = LayoutText.toCellOrder(text);
            }
            doc = DocumentMapper.mapText(TextLayoutReader.read(text), source);
        } else {
            throw new JixiaoException(file, null, "NOT_A_PDF",
                    "neither a PDF (no %PDF- header) nor a text file (" + InputFormat.describe(head) + ")",
                    "convert it to PDF or plain text first, or remove it from the input", null);
        }
        return new ConversionResult(doc, (System.nanoTime() - start) / 1_000_000);
    }

    private static List<PageLayout> readPdf(Path file, String password) throws JixiaoException {
        try {
            return PdfReader.read(file, password, PageAssembler::assemble);
        } catch (PdfReadException e) {
            throw Errors.fromPdf(file, e);
        }
    }

    /** A PDF whose readable pages hold no text at all is a scan: there is nothing to convert without OCR. */
    private static void requireText(Path file, List<PageLayout> pages) throws JixiaoException {
        int images = 0;
        for (PageLayout p : pages) {
            if (p.glyphs() > 0 || p.error() != null) {
                return;
            }
            images += p.images();
        }
        throw new JixiaoException(file, null, "NO_TEXT_LAYER", pages.isEmpty() ? "the PDF has no pages"
                : "none of the " + pages.size() + " pages has a text layer" + (images > 0 ? " (scanned images)" : ""),
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
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[65536];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new JixiaoException(file, null, "READ_FAILED", "cannot read: " + e.getMessage(),
                    "check the file's permissions", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-256", e);
        }
    }
}
