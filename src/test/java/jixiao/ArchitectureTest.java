package jixiao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The package rules of STYLE.md, checked on the {@code import} lines of src/main/java. A failure lists each
 * {@code file → forbidden import}.
 */
class ArchitectureTest {
    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(?:static\\s+)?([\\w.]+)(?:\\.\\*)?\\s*;");
    private static final List<String> LIBRARIES_OF_EXPORT = List.of("com.fasterxml.jackson.", "org.apache.commons.csv.");

    /** One import of one source file. */
    record Import(String file, String pkg, String target) {
        boolean from(String p) {
            return pkg.equals(p) || pkg.startsWith(p + ".");
        }

        /** {@code prefix} ends with a dot; a wildcard import {@code a.b.*} has target {@code a.b}. */
        boolean to(String prefix) {
            return (target + ".").startsWith(prefix);
        }
    }

    @Test
    void onlyPdfImportsPdfBox() throws IOException {
        assertNone(imports().stream().filter(i -> i.to("org.apache.pdfbox.") && !i.from("jixiao.pdf")));
    }

    @Test
    void modelAndTableImportOnlyJava() throws IOException {
        assertNone(imports().stream().filter(i -> (i.from("jixiao.model") || i.from("jixiao.table"))
                && !i.to("java.") && !i.to(i.pkg() + ".")));
    }

    @Test
    void nothingImportsCliOrBatch() throws IOException {
        assertNone(imports().stream().filter(i -> (i.to("jixiao.cli.") && !i.from("jixiao.cli"))
                || (i.to("jixiao.batch.") && !i.from("jixiao.batch") && !i.from("jixiao.cli"))));
    }

    @Test
    void picocliOnlyInCli() throws IOException {
        assertNone(imports().stream().filter(i -> i.to("picocli.") && !i.from("jixiao.cli")));
    }

    @Test
    void jacksonAndCommonsCsvOnlyInExportAndBatch() throws IOException {
        assertNone(imports().stream().filter(i -> LIBRARIES_OF_EXPORT.stream().anyMatch(i::to)
                && !i.from("jixiao.export") && !i.from("jixiao.batch")));
    }

    @Test
    void everyPackageSaysWhatItOwns() throws IOException {
        Path root = sourceRoot();
        List<String> missing = new ArrayList<>();
        try (Stream<Path> dirs = Files.walk(root)) {
            dirs.filter(Files::isDirectory).filter(ArchitectureTest::hasJava)
                    .filter(d -> !Files.exists(d.resolve("package-info.java")))
                    .forEach(d -> missing.add(root.relativize(d).toString()));
        }
        assertEquals(List.of(), missing, "packages without package-info.java");
    }

    private static boolean hasJava(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void assertNone(Stream<Import> violations) {
        List<String> lines = violations.map(i -> i.file() + " → " + i.target()).sorted().toList();
        assertTrue(lines.isEmpty(), "forbidden imports:\n  " + String.join("\n  ", lines));
    }

    static List<Import> imports() throws IOException {
        Path root = sourceRoot();
        List<Import> all = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String rel = root.relativize(f).toString().replace('\\', '/');
                String pkg = rel.contains("/") ? rel.substring(0, rel.lastIndexOf('/')).replace('/', '.') : "";
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    Matcher m = IMPORT.matcher(line);
                    if (m.find()) {
                        all.add(new Import(rel, pkg, m.group(1)));
                    }
                }
            }
        }
        assertTrue(all.size() > 10, "found almost no imports under " + root + ": wrong folder?");
        return all;
    }

    /** src/main/java of this project; Surefire runs in the project folder and sets {@code basedir}. */
    static Path sourceRoot() {
        Path base = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
        Path root = base.resolve("src/main/java");
        assertTrue(Files.isDirectory(root), "no source folder " + root);
        return root;
    }
}
