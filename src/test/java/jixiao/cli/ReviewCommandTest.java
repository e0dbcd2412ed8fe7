package jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jixiao.Samples;
import jixiao.export.JsonExporter;
import jixiao.model.Document;
import jixiao.model.Source;
import picocli.CommandLine;

/** {@code jixiao review OUT}: its exit codes and its summary line. */
class ReviewCommandTest {
    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return new CommandLine(new ReviewCommand()).setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true)).execute(args);
    }

    @Test
    void aMissingFolderIsAUsageError() {
        assertEquals(ExitCode.USAGE, run(tmp.resolve("nowhere").toString()));
        assertTrue(err.toString().contains("is not a folder"), err.toString());
    }

    @Test
    void aFolderWithoutOutputIsAUsageError() {
        assertEquals(ExitCode.USAGE, run(tmp.toString()));
        assertTrue(err.toString().contains("no JSON output"), err.toString());
        assertTrue(Files.notExists(tmp.resolve("review")), "nothing written");
    }

    @Test
    void aBadDpiIsAUsageError() {
        assertEquals(ExitCode.USAGE, run("--dpi", "5", tmp.toString()));
    }

    @Test
    void writesTheReviewAndSaysWhere() throws IOException {
        Path gold = Samples.path("dev/text/h-hebei-jingxian-2024-shichang.writer.txt.gold.json");
        Document d = JsonExporter.read(gold);
        Path text = Samples.path("dev/text/h-hebei-jingxian-2024-shichang.writer.txt");
        new JsonExporter().write(new Document(d.schema(), new Source(text.toString(), null, "text", null),
                d.document(), d.departmentGoals(), d.projects(), d.issues()), tmp.resolve("j.txt.json"));
        assertEquals(ExitCode.OK, run(tmp.toString()), err.toString());
        assertTrue(out.toString().startsWith("review: 1 document, 0 page images, "), out.toString());
        assertTrue(Files.isRegularFile(tmp.resolve("review/index.html")));
        assertTrue(Files.isRegularFile(tmp.resolve("review/doc/j.txt.html")));
    }
}
