import java.io.File;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** PDFBox's plain text of a PDF, sorted by position (the pdfbox variant of scripts/text-tools). */
public class SortedText {
    public static void main(String[] args) throws Exception {
        try (PDDocument d = Loader.loadPDF(new File(args[0]))) {
            PDFTextStripper s = new PDFTextStripper();
            s.setSortByPosition(true);
            System.out.print(s.getText(d));
        }
    }
}
