package jixiao;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import jixiao.export.JsonExporter;

/** Converts a sample through the facade and our JSON serialisation and compares it with its gold. */
final class GoldAssertions {
    private GoldAssertions() {
    }

    static void convertsToGold(Path input, Path gold) throws JixiaoException {
        assertTrue(Files.isRegularFile(gold), "no gold beside " + input.getFileName() + ": expected " + gold);
        ConversionResult result = Jixiao.convert(input, Options.defaults());
        JsonNode out = Samples.parseJson(new JsonExporter().toJson(result.document()));
        List<String> diffs = GoldComparator.compare(Samples.readJson(gold), out);
        if (!diffs.isEmpty()) {
            fail(input.getFileName() + ": " + diffs.size() + " difference(s) from " + gold.getFileName() + "\n  "
                    + String.join("\n  ", diffs));
        }
    }
}
