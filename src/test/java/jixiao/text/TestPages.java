package jixiao.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import jixiao.model.Indicator;
import jixiao.model.Project;

/**
 * Real pages of generated documents kept as files beside the text tests ({@code pages/} under this package's test
 * resources): pdftotext -layout of the dev golds' content laid out anew, a project or two each.
 */
final class TestPages {
    private TestPages() {
    }

    /** The text of a page file. */
    static String read(String name) throws IOException {
        try (InputStream in = TestPages.class.getResourceAsStream("pages/" + name)) {
            if (in == null) {
                throw new IOException("no test page " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The indicator rows of the first project the text reader makes of a page file (converted in {@code dir}). */
    static List<Indicator> indicators(Path dir, String name) throws Exception {
        return projects(dir, name).get(0).indicators();
    }

    /** The projects the text reader makes of a page file (converted in {@code dir}). */
    static List<Project> projects(Path dir, String name) throws Exception {
        return LayoutTextTest.projects(dir, read(name));
    }
}
