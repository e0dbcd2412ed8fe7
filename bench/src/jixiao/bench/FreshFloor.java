package jixiao.bench;

import java.io.File;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The PDFBox floor of one PDF in a fresh JVM: load it and run PDFTextStripper over every page, nothing else. What a
 * one-file run of jixiao cannot go below, since it parses the same file and loads the same fonts with PDFBox.
 *
 * <pre>java -cp jixiao.jar:CLASSES jixiao.bench.FreshFloor FILE.pdf</pre>
 */
public final class FreshFloor {
    /** Held strongly: java.util.logging keeps loggers weakly, and a collected logger forgets its level. */
    private static final Logger QUIET = Logger.getLogger("org.apache");

    private FreshFloor() {
    }

    public static void main(String[] args) throws Exception {
        QUIET.setLevel(Level.SEVERE); // font warnings, as the CLI does
        try (PDDocument doc = Loader.loadPDF(new File(args[0]))) {
            System.out.println(new PDFTextStripper().getText(doc).length() + " characters");
        }
    }
}
