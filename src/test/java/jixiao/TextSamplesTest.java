package jixiao;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

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

    /**
     * The same text with its spaces printed as no-break (U+00A0) or ideographic (U+3000) spaces, as web pages and
     * some tools print them, and zero-width spaces inside lines, converts to the same gold.
     */
    @ParameterizedTest(name = "space {index}")
    @ValueSource(strings = {"\u00A0", "\u3000"})
    void unusualSpacesReadAsSpaces(String space, @TempDir Path dir) throws Exception {
        Path txt = texts().get(0);
        String text = Files.readString(txt).replace(" ", space).replace("\n", "\u200B\n");
        Path copy = Files.writeString(dir.resolve(txt.getFileName().toString()), text);
        GoldAssertions.convertsToGold(copy, Samples.goldFor(txt, true));
    }

    /**
     * The same text written double-spaced (each line end doubled: LF LF, or CR CR LF where CRLF went through a layer
     * that wrote its LF as CRLF again) converts to the same gold: a single blank line then parts nothing.
     */
    @ParameterizedTest(name = "line end {index}")
    @ValueSource(strings = {"\n\n", "\r\r\n"})
    void doubleSpacedTextReadsAsWritten(String lineEnd, @TempDir Path dir) throws Exception {
        for (Path txt : List.of(texts().get(0), Samples.path("seed/julu-2023.txt"))) {
            String text = Files.readString(txt).replace("\n", lineEnd);
            Path copy = Files.writeString(dir.resolve(txt.getFileName().toString()), text);
            GoldAssertions.convertsToGold(copy, Samples.goldFor(txt, txt.toString().contains("dev")));
        }
    }

    /**
     * The seed saved in the encodings tools and editors write (GB18030, UTF-8 with a byte-order mark, UTF-16 with
     * one as Windows saves "Unicode" text, UTF-16 without one) converts to the same gold: the encoding is told by the
     * bytes.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"GB18030", "UTF-8 BOM", "UTF-16", "UTF-16LE", "UTF-16BE"})
    void seedReadsInTheEncodingsToolsWrite(String encoding, @TempDir Path dir) throws Exception {
        Path txt = Samples.path("seed/julu-2023.txt");
        String text = Files.readString(txt);
        byte[] bytes = encoding.equals("UTF-8 BOM") ? ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8)
                : text.getBytes(Charset.forName(encoding));
        Path copy = Files.write(dir.resolve(txt.getFileName().toString()), bytes);
        GoldAssertions.convertsToGold(copy, Samples.goldFor(txt, false));
    }

    @Test
    void seedMatchesGold() throws JixiaoException {
        Path txt = Samples.path("seed/julu-2023.txt");
        GoldAssertions.convertsToGold(txt, Samples.goldFor(txt, false));
    }
}
