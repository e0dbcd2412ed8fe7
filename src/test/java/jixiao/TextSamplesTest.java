package jixiao;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Extracted-text inputs: every {@code samples/dev/text/X.txt} converts to its {@code X.txt.gold.json}, and the seed
 * {@code samples/seed/julu-2023.txt} to {@code julu-2023.gold.json}.
 */
class TextSamplesTest {
    static List<Path> texts() {
        return Samples.list("dev/text", ".txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void textMatchesGold(Path txt) throws JixiaoException {
        GoldAssertions.convertsToGold(txt, Samples.goldFor(txt, true));
    }

    @Test
    void seedMatchesGold() throws JixiaoException {
        Path txt = Samples.path("seed/julu-2023.txt");
        GoldAssertions.convertsToGold(txt, Samples.goldFor(txt, false));
    }
}
