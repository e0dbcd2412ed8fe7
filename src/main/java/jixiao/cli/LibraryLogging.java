package jixiao.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * PDFBox and FontBox log through java.util.logging (via commons-logging) and warn about harmless font quirks
 * ("No PostScript name data is provided for the font …") several times per file, which drowns the one line per
 * file of progress. The CLI keeps only their SEVERE messages, unless the user configured logging with
 * {@code -Djava.util.logging.config.file=…}.
 */
final class LibraryLogging {
    /** Held strongly: java.util.logging keeps loggers weakly, and a collected logger forgets its level. */
    private static final Logger[] LIBRARIES = {Logger.getLogger("org.apache.pdfbox"),
        Logger.getLogger("org.apache.fontbox")};

    private LibraryLogging() {
    }

    static void quiet() {
        if (System.getProperty("java.util.logging.config.file") != null) {
            return;
        }
        for (Logger logger : LIBRARIES) {
            logger.setLevel(Level.SEVERE);
        }
    }
}
