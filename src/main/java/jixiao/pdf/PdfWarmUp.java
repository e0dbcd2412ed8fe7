package jixiao.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;

/**
 * Builds PDFBox's big static tables before the first PDF needs them, so that a one-file run can do it on a spare
 * core while it starts up instead of in the middle of its first page: FontBox's table of every one- and two-byte
 * string a CMap can map to (65,536 strings, 0.1 to 0.15 s of CPU in a fresh JVM, built when the first ToUnicode CMap
 * is parsed) and the Adobe glyph list (4,500 names read from PDFBox's jar, about 0.05 s). Nothing is read from the
 * input and nothing changes what a conversion produces: each table is built once per JVM, by whichever thread needs
 * it first, and the others wait for it. Safe to call from any thread, any number of times.
 */
public final class PdfWarmUp {
    /** A ToUnicode CMap with one two-byte mapping: parsing it builds FontBox's string table. */
    private static final byte[] TO_UNICODE = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
            + "/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
            + "1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
            + "1 beginbfchar <0003> <0020> endbfchar\n"
            + "endcmap CMapName currentdict /CMap defineresource pop end end\n").getBytes(StandardCharsets.US_ASCII);

    private PdfWarmUp() {
    }

    public static void run() {
        try {
            CMap cmap = new CMapParser().parse(new RandomAccessReadBuffer(TO_UNICODE));
            if (!" ".equals(cmap.toUnicode(3))) {
                throw new IllegalStateException("FontBox read the warm-up CMap as " + cmap.toUnicode(3));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("PDFBox cannot read its own CMaps", e);
        }
        GlyphList.getAdobeGlyphList().toUnicode("space");
    }
}
