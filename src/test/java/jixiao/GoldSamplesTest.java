package jixiao;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every {@code samples/dev/pdf/X.pdf} converts to exactly its {@code X.gold.json} (scorer normalisation). */
class GoldSamplesTest {
    static List<Path> pdfs() {
        return Samples.list("dev/pdf", ".pdf");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pdfs")
    void pdfMatchesGold(Path pdf) throws JixiaoException {
        GoldAssertions.convertsToGold(pdf, Samples.goldFor(pdf, false));
    }
}
