package jixiao;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.util.Matrix;

/**
 * Broken and hostile inputs, built from the samples while the test runs (nothing binary is committed): cut and
 * corrupted PDFs, files that only pretend to be PDFs, encrypted, scanned, rotated and landscape PDFs, a PDF with an
 * undecodable page, and ZIP archives with a zip-slip entry name. Every method writes {@code out} and returns it;
 * random content comes from fixed seeds, so the files are the same on every run.
 */
public final class HostileInputs {
    /** A small target-table PDF of two pages: one project, eight indicators. */
    public static final String SMALL = "dev/pdf/h-hebei-jingxian-2024-shichang.writer.pdf";
    /** The user password of {@link #userPassword}. */
    public static final String USER_PASSWORD = "geheim-2024";

    private HostileInputs() {
    }

    public static byte[] small() throws IOException {
        return Files.readAllBytes(Samples.path(SMALL));
    }

    /** The first {@code fraction} of a sample's bytes. */
    public static Path truncated(byte[] pdf, double fraction, Path out) throws IOException {
        return Files.write(out, Arrays.copyOf(pdf, (int) (pdf.length * fraction)));
    }

    /** {@code length} random bytes (seeded) written over the middle of the file. */
    public static Path corruptMiddle(byte[] pdf, int length, Path out) throws IOException {
        byte[] b = pdf.clone();
        byte[] junk = new byte[length];
        new Random(7).nextBytes(junk);
        System.arraycopy(junk, 0, b, b.length / 2 - length / 2, length);
        return Files.write(out, b);
    }

    /** Random bytes (seeded), with an optional {@code %PDF-1.7} header in front. */
    public static Path randomBytes(int length, boolean pdfHeader, Path out) throws IOException {
        byte[] junk = new byte[length];
        new Random(11).nextBytes(junk);
        if (pdfHeader) {
            byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(head, 0, junk, 0, head.length);
        }
        return Files.write(out, junk);
    }

    public static Path empty(Path out) throws IOException {
        return Files.write(out, new byte[0]);
    }

    /** An error page a web server sends instead of the PDF. */
    public static Path html(Path out) throws IOException {
        return Files.writeString(out, "<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head>\n"
                + "<body><h1>Not Found</h1></body></html>\n");
    }

    /** An old Word document: the OLE2 compound-file signature and an empty header sector. */
    public static Path oleWord(Path out) throws IOException {
        byte[] b = new byte[4096];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, b, 0, magic.length);
        return Files.write(out, b);
    }

    /** A .docx: a ZIP container holding {@code word/document.xml}. */
    public static Path docx(Path out) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            entry(zip, "[Content_Types].xml", ("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas."
                    + "openxmlformats.org/package/2006/content-types\"/>").getBytes(StandardCharsets.UTF_8));
            entry(zip, "word/document.xml", ("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas."
                    + "openxmlformats.org/wordprocessingml/2006/main\"><w:body/></w:document>")
                    .getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }

    /** The sample encrypted with {@link #USER_PASSWORD}: it cannot be opened without it. */
    public static Path userPassword(Path sample, Path out) throws IOException {
        return encrypted(sample, USER_PASSWORD, out);
    }

    /** The sample with an owner password only: copying and printing restricted, but anyone may open it. */
    public static Path ownerPasswordOnly(Path sample, Path out) throws IOException {
        return encrypted(sample, "", out);
    }

    private static Path encrypted(Path sample, String user, Path out) throws IOException {
        try (PDDocument doc = Loader.loadPDF(sample.toFile())) {
            AccessPermission restricted = new AccessPermission();
            restricted.setCanPrint(false);
            restricted.setCanExtractContent(false);
            restricted.setCanModify(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-only-" + user.length(), user,
                    restricted);
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out.toFile());
        }
        return out;
    }

    /** A scan: each page of the sample rendered to a grey image and placed alone on a page, no text layer. */
    public static Path imageOnly(Path sample, Path out) throws IOException {
        try (PDDocument source = Loader.loadPDF(sample.toFile()); PDDocument target = new PDDocument()) {
            PDFRenderer renderer = new PDFRenderer(source);
            for (int i = 0; i < source.getNumberOfPages(); i++) {
                appendImagePage(target, renderer.renderImage(i, 1f, ImageType.GRAY),
                        source.getPage(i).getMediaBox());
            }
            target.save(out.toFile());
        }
        return out;
    }

    /** The sample with one scanned page (its first page as an image) appended. */
    public static Path withScannedPage(Path sample, Path out) throws IOException {
        try (PDDocument doc = Loader.loadPDF(sample.toFile())) {
            BufferedImage image = new PDFRenderer(doc).renderImage(0, 1f, ImageType.GRAY);
            appendImagePage(doc, image, doc.getPage(0).getMediaBox());
            doc.save(out.toFile());
        }
        return out;
    }

    private static void appendImagePage(PDDocument doc, BufferedImage image, PDRectangle size) throws IOException {
        PDPage page = new PDPage(new PDRectangle(size.getWidth(), size.getHeight()));
        doc.addPage(page);
        PDImageXObject x = LosslessFactory.createFromImage(doc, image);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            cs.drawImage(x, 0, 0, size.getWidth(), size.getHeight());
        }
    }

    /**
     * The sample with the content streams of the given pages (1-based) made undecodable (an unknown filter): those
     * pages are damaged, the others intact.
     */
    public static Path undecodablePages(Path sample, Path out, int... pages) throws IOException {
        try (PDDocument doc = Loader.loadPDF(sample.toFile())) {
            for (int n : pages) {
                COSStream contents = (COSStream) doc.getPage(n - 1).getCOSObject()
                        .getDictionaryObject(COSName.CONTENTS);
                contents.setItem(COSName.FILTER, COSName.getPDFName("NoSuchFilter"));
            }
            doc.save(out.toFile());
        }
        return out;
    }

    /** The sample with every page's /Rotate set to {@code degrees}. */
    public static Path rotated(Path sample, int degrees, Path out) throws IOException {
        try (PDDocument doc = Loader.loadPDF(sample.toFile())) {
            for (PDPage page : doc.getPages()) {
                page.setRotation(degrees);
            }
            doc.save(out.toFile());
        }
        return out;
    }

    /**
     * Each page of the sample drawn, as a form and unscaled, in the middle of a wide landscape page (its media box
     * wider than high, /Rotate 0): the text stays upright, the page around it is landscape.
     */
    public static Path landscape(Path sample, Path out) throws IOException {
        try (PDDocument source = Loader.loadPDF(sample.toFile()); PDDocument target = new PDDocument()) {
            LayerUtility layers = new LayerUtility(target);
            for (int i = 0; i < source.getNumberOfPages(); i++) {
                PDRectangle box = source.getPage(i).getMediaBox();
                float side = Math.max(box.getWidth(), box.getHeight());
                PDPage page = new PDPage(new PDRectangle(side * 1.5f, side));
                target.addPage(page);
                PDFormXObject form = layers.importPageAsForm(source, i);
                try (PDPageContentStream cs = new PDPageContentStream(target, page)) {
                    cs.saveGraphicsState();
                    cs.transform(Matrix.getTranslateInstance((side * 1.5f - box.getWidth()) / 2,
                            (side - box.getHeight()) / 2));
                    cs.drawForm(form);
                    cs.restoreGraphicsState();
                }
            }
            target.save(out.toFile());
        }
        return out;
    }

    /**
     * A ZIP archive whose entries are written under the given names (a name may be {@code ../../evil.pdf}: a
     * zip-slip name that would land outside the folder of a careless unzip).
     */
    public static Path zip(Path out, String[] names, byte[][] contents) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            for (int i = 0; i < names.length; i++) {
                entry(zip, names[i], contents[i]);
            }
        }
        return out;
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    /**
     * The sample with its page tree claiming 2,147,483,647 pages ({@code /Count}); its real pages are intact. The
     * longer number shifts the offsets after it, which PDFBox repairs.
     */
    public static Path hugePageCount(byte[] pdf, Path out) throws IOException {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("/Count ");
        int end = at + "/Count ".length();
        while (Character.isDigit(text.charAt(end))) {
            end++;
        }
        return Files.write(out, (text.substring(0, at) + "/Count 2147483647" + text.substring(end))
                .getBytes(StandardCharsets.ISO_8859_1));
    }

    /** A page tree whose only kid is the tree itself: no page can be reached. */
    public static Path pageTreeCycle(Path out) throws IOException {
        return Files.write(out, handMade("", "<</Type/Catalog/Pages 2 0 R>>", "<</Type/Pages/Kids[2 0 R]/Count 1>>"));
    }

    /**
     * An encryption dictionary with a negative key length: PDFBox's loader fails on it with an
     * {@code ArrayIndexOutOfBoundsException} rather than an {@code IOException}.
     */
    public static Path negativeKeyLength(Path out) throws IOException {
        return Files.write(out, handMade("/Encrypt 4 0 R/ID[<0102><0304>]", "<</Type/Catalog/Pages 2 0 R>>",
                "<</Type/Pages/Kids[3 0 R]/Count 1>>", "<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>",
                "<</Filter/Standard/V 2/R 3/Length -8/O (ab)/U (cd)/P -4>>"));
    }

    /** A minimal PDF of the given objects (numbered from 1, the first the catalog), with an exact xref table. */
    static byte[] handMade(String trailerExtra, String... objects) {
        StringBuilder sb = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = sb.length();
            sb.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = sb.length();
        sb.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int o : offsets) {
            sb.append(String.format("%010d 00000 n \n", o));
        }
        sb.append("trailer\n<</Size ").append(objects.length + 1).append("/Root 1 0 R").append(trailerExtra)
                .append(">>\nstartxref\n").append(xref).append("\n%%EOF\n");
        return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Writes {@code bytes} to {@code out}, creating its folder. */
    public static Path write(Path out, byte[] bytes) throws IOException {
        Files.createDirectories(out.getParent());
        try (OutputStream os = Files.newOutputStream(out)) {
            os.write(bytes);
        }
        return out;
    }
}
