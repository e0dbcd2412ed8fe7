package jixiao.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import jixiao.export.JsonExporter;
import jixiao.model.Document;
import jixiao.model.Indicator;
import jixiao.model.Issue;
import jixiao.model.Project;
import jixiao.pdf.PdfReadException;

/**
 * Writes {@code OUT/review/} for an output folder: {@code index.html}, {@code doc/<json name>.html} per document,
 * its page images under {@code doc/<json name>/}, and {@code review.css} and {@code review.js}. The documents are the
 * JSON files named by {@code OUT/manifest.csv} (so failed inputs are listed too), or every {@code *.json} in OUT
 * when there is no manifest. The folder is built beside OUT/review and then put in its place, so an older review is
 * replaced whole, never mixed with the new one. Stateless.
 */
public final class ReviewWriter {
    /** The review's folder inside the output folder. */
    public static final String FOLDER = "review";
    private static final String STAGING = ".review-staging";
    private static final String DOCS = "doc";

    private ReviewWriter() {
    }

    /**
     * Writes the review of {@code outputDir}.
     *
     * @throws IOException when the output folder cannot be read or the review cannot be written; a document whose
     *                     JSON or source cannot be read is listed with the reason instead
     */
    public static ReviewSummary write(Path outputDir, ReviewOptions options) throws IOException {
        if (!Files.isDirectory(outputDir)) {
            throw new IOException("not a folder: " + outputDir);
        }
        Path staging = outputDir.resolve(STAGING);
        deleteTree(staging); // left by a run that was killed
        Files.createDirectories(staging.resolve(DOCS));
        copyAsset(Head.CSS, staging);
        copyAsset(Head.JS, staging);
        List<IndexPage.Entry> entries = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        int images = 0;
        for (Listed item : listed(outputDir)) {
            if (item.json() == null) {
                entries.add(new IndexPage.Entry(item.name(), null, null, item.pages(), 0, 0, 1, 0, 0, item.millis(),
                        item.status(), item.message()));
                continue;
            }
            Document doc;
            try {
                doc = JsonExporter.read(item.json());
            } catch (IOException e) { // a broken or foreign JSON file: listed, not fatal
                entries.add(new IndexPage.Entry(item.name(), null, null, item.pages(), 0, 0, 1, 0, 0, item.millis(),
                        "unreadable JSON", e.getMessage()));
                continue;
            }
            String base = baseName(item.json());
            Written w = document(doc, base, staging.resolve(DOCS), options);
            images += w.images();
            if (w.problem() != null) {
                notes.add(item.json().getFileName() + ": " + w.problem());
            }
            entries.add(entry(item, doc, DOCS + "/" + base + ".html"));
        }
        String title = String.valueOf(outputDir.toAbsolutePath().normalize().getFileName());
        Files.writeString(staging.resolve("index.html"), IndexPage.html(entries, title), StandardCharsets.UTF_8);
        Path target = outputDir.resolve(FOLDER);
        deleteTree(target);
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        int unreadable = (int) entries.stream().filter(e -> e.href() == null).count();
        return new ReviewSummary(target.resolve("index.html"), entries.size() - unreadable, unreadable, images,
                size(target), notes);
    }

    /** One input of the output folder: its JSON file (null when it has none) and what the manifest says of it. */
    private record Listed(String name, Path json, Integer pages, Long millis, String status, String message) {
    }

    private static List<Listed> listed(Path outputDir) throws IOException {
        Optional<Manifest> manifest = Manifest.read(outputDir);
        List<Listed> out = new ArrayList<>();
        if (manifest.isPresent()) {
            for (Manifest.Row r : manifest.get().rows()) {
                String name = Html.fileName(r.path());
                Path json = r.output() == null ? null : outputDir.resolve(r.output());
                if (json != null && Files.isRegularFile(json)) {
                    out.add(new Listed(baseName(json), json, r.pages(), r.millis(), r.status(), null));
                } else {
                    String why = r.failed() ? r.errorCode() : json == null ? "no JSON" : "JSON missing";
                    out.add(new Listed(name, null, r.pages(), r.millis(), why == null ? "failed" : why,
                            r.message()));
                }
            }
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(outputDir, "*.json")) {
            List<Path> sorted = new ArrayList<>();
            files.forEach(f -> {
                if (Files.isRegularFile(f) && !f.getFileName().toString().startsWith(".")) {
                    sorted.add(f);
                }
            });
            sorted.sort(Comparator.comparing(Path::toString));
            sorted.forEach(f -> out.add(new Listed(baseName(f), f, null, null, "ok", null)));
        }
        return out;
    }

    /** A document's page and its images, and why its sources are missing from it (null when they are shown). */
    private record Written(int images, String problem) {
    }

    private static Written document(Document doc, String base, Path docs, ReviewOptions options)
            throws IOException {
        boolean text = doc.source() != null && "text".equalsIgnoreCase(doc.source().format());
        ProjectSection.Sources sources;
        List<TextLocator.Located> located = null;
        try (SourceFile src = SourceFile.open(doc.source() == null ? null : doc.source().path(), options.base())) {
            String problem = src.problem();
            if (src.found() && !src.matches(doc.source().sha256())) {
                problem = "the source file " + doc.source().path() + " changed since it was converted (its SHA-256 "
                        + "differs): boxes and lines may not match";
            }
            if (text) {
                List<String> lines = src.found() ? src.lines() : null;
                if (lines != null) {
                    located = new TextLocator(lines).locate(doc);
                }
                sources = new ProjectSection.Sources(Map.of(), lines, null, problem);
            } else {
                Map<Integer, PageImages.Shot> shots = Map.of();
                if (src.found()) {
                    try {
                        shots = PageImages.render(src.path(), options.passwords(), pagesShown(doc), options.dpi(),
                                docs.resolve(base), base);
                    } catch (PdfReadException e) {
                        problem = "PDFBox cannot open " + doc.source().path() + " (" + e.kind() + "): "
                                + e.getMessage();
                    }
                }
                sources = new ProjectSection.Sources(shots, null, null, problem);
            }
        }
        String html = DocumentPage.html(doc, base + ".json", sources, located);
        Files.writeString(docs.resolve(base + ".html"), html, StandardCharsets.UTF_8);
        int drawn = (int) sources.shots().values().stream().filter(PageImages.Shot::drawn).count();
        return new Written(drawn, sources.problem());
    }

    /** Every page a project, an indicator, a cell or an issue names: the pages the document page shows. */
    static Set<Integer> pagesShown(Document doc) {
        Set<Integer> pages = new TreeSet<>();
        for (Project p : doc.projects()) {
            pages.addAll(p.pages());
            for (Indicator ind : p.indicators()) {
                if (ind.page() != null) {
                    pages.add(ind.page());
                }
                if (ind.cells() != null) {
                    ind.cells().values().forEach(c -> pages.add(c.page()));
                }
            }
        }
        for (Issue is : doc.issues()) {
            if (is.page() != null) {
                pages.add(is.page());
            }
        }
        return pages;
    }

    private static IndexPage.Entry entry(Listed item, Document doc, String href) {
        int[] bySeverity = new int[Issue.Severity.values().length];
        doc.issues().forEach(i -> bySeverity[i.severity().ordinal()]++);
        Integer pages = item.pages() != null ? item.pages() : doc.source() == null ? null : doc.source().pages();
        return new IndexPage.Entry(item.name(), href, doc.source() == null ? null : doc.source().format(), pages,
                doc.projects().size(), doc.indicatorCount(), bySeverity[Issue.Severity.error.ordinal()],
                bySeverity[Issue.Severity.warning.ordinal()], bySeverity[Issue.Severity.info.ordinal()],
                item.millis(), item.status(), null);
    }

    /** {@code name.pdf.json} → {@code name.pdf}: the name of the document's page and of its image folder. */
    static String baseName(Path json) {
        String name = json.getFileName().toString();
        return name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    }

    private static void copyAsset(String name, Path dir) throws IOException {
        try (InputStream in = ReviewWriter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("jixiao/review/" + name + " is missing from the jar");
            }
            Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
