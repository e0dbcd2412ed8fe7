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

import jixiao.HostileInputs;
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

    /** A PDF that only a line of the password file opens is converted, and its review shows its pages. */
    @Test
    void passwordFileOpensEncryptedPdfsForTheReview() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        HostileInputs.userPassword(Samples.path(HostileInputs.SMALL), in.resolve("locked.pdf"));
        Path pw = Files.writeString(tmp.resolve("passwords.txt"), "# archive passwords\nwrong\n"
                + HostileInputs.USER_PASSWORD + "\n");
        Path outDir = tmp.resolve("out");
        int code = new CommandLine(new ExtractCommand()).setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(in.toString(), "-o", outDir.toString(), "--quiet", "--password-file", pw.toString());
        assertEquals(ExitCode.OK, code, err.toString());
        assertEquals(ExitCode.OK, run("--password-file", pw.toString(), outDir.toString()), err.toString());
        assertTrue(out.toString().contains("review: 1 document, 2 page images"), out.toString());
        assertTrue(!out.toString().contains(HostileInputs.USER_PASSWORD) && !err.toString()
                .contains(HostileInputs.USER_PASSWORD), "the password is never printed");
    }
}
