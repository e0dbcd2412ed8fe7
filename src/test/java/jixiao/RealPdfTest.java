package jixiao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import jixiao.model.Document;
import jixiao.model.Issue;

/**
 * Real published budgets without target tables (samples/real, see samples/README.md) convert cleanly: no projects,
 * and an info issue NO_TARGET_TABLE telling the user why.
 */
class RealPdfTest {
    static List<Path> pdfs() {
        return Samples.list("real", ".pdf");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pdfs")
    void convertsWithNoProjectsAndAnInfoIssue(Path pdf) throws JixiaoException {
        Document doc = Jixiao.convert(pdf, Options.defaults()).document();
        assertEquals(List.of(), doc.projects(), "projects of " + pdf.getFileName());
        assertTrue(doc.issues().stream().anyMatch(i -> "NO_TARGET_TABLE".equals(i.code())
                        && i.severity() == Issue.Severity.info),
                pdf.getFileName() + " has no info issue NO_TARGET_TABLE; issues: " + doc.issues());
    }
}
