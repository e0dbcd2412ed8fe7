package jixiao.pdf;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/** The warm-up reads only PDFBox's own tables: it works in any JVM, any number of times, from any thread. */
class PdfWarmUpTest {
    @Test
    void buildsPdfBoxTablesRepeatedlyAndConcurrently() throws InterruptedException {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread other = new Thread(PdfWarmUp::run);
        other.setUncaughtExceptionHandler((t, e) -> failure.set(e));
        other.start();
        assertDoesNotThrow(PdfWarmUp::run);
        other.join();
        assertNull(failure.get());
        assertDoesNotThrow(PdfWarmUp::run);
    }
}
