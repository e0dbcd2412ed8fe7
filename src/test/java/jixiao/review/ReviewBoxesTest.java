package jixiao.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

import jixiao.Jixiao;
import jixiao.JixiaoException;
import jixiao.Samples;
import jixiao.export.JsonExporter;
import jixiao.model.Box;
import jixiao.model.Document;
import jixiao.model.Indicator;
import jixiao.model.Project;

/**
 * The review of every dev PDF puts every indicator on the right page image: each indicator (read back from its JSON)
 * has a box on its gold page, the box and every cell box lie inside that page's image, and the document page
 * outlines the indicator's level-3 cell on the figure of that page. The whole review stays under 20 MB.
 */
class ReviewBoxesTest {
    private static final Pattern FIGURE = Pattern.compile("<figure class=\"page\" id=\"([^\"]+)\"[\\s\\S]*?</figure>");
    private static final Pattern ROW = Pattern.compile("<tr id=\"([^\"]+)\">(.*?)</tr>");
    private static final Pattern LEVEL3_KEY =
            Pattern.compile("class=\"[^\"]*\\bf-level3\\b[^\"]*\" data-b=\"([^\"]+)\"");
    private static final long MAX_BYTES = 20L * 1024 * 1024;

    /** FontBox warns about harmless font quirks on every page it draws; held strongly so the level sticks. */
    private static final Logger FONTBOX = Logger.getLogger("org.apache.fontbox");

    @TempDir
    static Path out;

    static List<Path> pdfs() {
        return Samples.list("dev/pdf", ".pdf");
    }

    @BeforeAll
    static void convertAndReview() throws IOException, JixiaoException {
        FONTBOX.setLevel(Level.SEVERE);
        JsonExporter json = new JsonExporter();
        for (Path pdf : pdfs()) {
            json.write(Jixiao.convert(pdf).document(), out.resolve(pdf.getFileName() + ".json"));
        }
        ReviewSummary s = ReviewWriter.write(out, ReviewOptions.defaults());
        assertEquals(List.of(), s.notes(), "every source was found and drawn");
        assertEquals(pdfs().size(), s.documents());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pdfs")
    void everyIndicatorIsOutlinedOnItsGoldPage(Path pdf) throws IOException {
        JsonNode gold = Samples.readJson(Samples.goldFor(pdf, false));
        String base = pdf.getFileName().toString();
        Document doc = JsonExporter.read(out.resolve(base + ".json"));
        String html = Files.readString(out.resolve("review/doc/" + base + ".html"), StandardCharsets.UTF_8);
        Map<String, String> figures = matches(FIGURE, html);
        Map<String, String> rows = matches(ROW, html);
        List<String> problems = new ArrayList<>();
        assertEquals(gold.get("projects").size(), doc.projects().size(), "projects");
        for (int p = 0; p < doc.projects().size(); p++) {
            Project project = doc.projects().get(p);
            JsonNode goldIndicators = gold.get("projects").get(p).get("indicators");
            assertEquals(goldIndicators.size(), project.indicators().size(), "projects[" + p + "].indicators");
            if (project.box() == null || project.pages().isEmpty()) {
                problems.add("projects[" + p + "]: no box or no pages");
            } else {
                checkInside("projects[" + p + "].box", base, project.pages().get(0), project.box(), problems);
            }
            for (int i = 0; i < project.indicators().size(); i++) {
                String at = "projects[" + p + "].indicators[" + i + "]";
                Indicator ind = project.indicators().get(i);
                int goldPage = goldIndicators.get(i).get("page").asInt();
                if (ind.box() == null || ind.page() == null || ind.page() != goldPage) {
                    problems.add(at + ": box " + ind.box() + " on page " + ind.page() + ", gold page " + goldPage);
                    continue;
                }
                checkInside(at + ".box", base, goldPage, ind.box(), problems);
                if (ind.cells() == null || ind.cells().isEmpty()) {
                    problems.add(at + ": no cells");
                } else {
                    ind.cells().forEach((field, ref) -> checkInside(at + ".cells." + field, base, ref.page(),
                            ref.box(), problems));
                }
                String row = rows.getOrDefault("p" + project.seq() + "-i" + (i + 1), "");
                Matcher key = LEVEL3_KEY.matcher(row);
                String figure = figures.getOrDefault("p" + project.seq() + "-pg" + goldPage, "");
                if (!key.find()) {
                    problems.add(at + ": the table's level-3 cell has no link");
                } else if (!figure.contains("data-b=\"" + key.group(1) + "\"")) {
                    problems.add(at + ": no box " + key.group(1) + " on the figure of page " + goldPage);
                }
            }
        }
        assertTrue(problems.isEmpty(), base + ":\n  " + String.join("\n  ", problems));
    }

    @Test
    void reviewOfAllPdfsStaysUnder20Megabytes() throws IOException {
        long bytes;
        try (Stream<Path> files = Files.walk(out.resolve(ReviewWriter.FOLDER))) {
            bytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
        System.out.printf("review of %d dev PDFs: %.1f MB%n", pdfs().size(), bytes / 1e6);
        assertTrue(bytes < MAX_BYTES, "review folder is " + bytes + " bytes");
    }

    private final Map<Path, int[]> sizes = new HashMap<>();

    /** The box, scaled to the page image's pixels, lies inside the image (1 pixel of rounding allowed). */
    private void checkInside(String at, String base, int page, Box box, List<String> problems) {
        Path png = out.resolve("review/doc/" + base + "/p" + page + ".png");
        if (!Files.isRegularFile(png)) {
            problems.add(at + ": no image of page " + page);
            return;
        }
        int[] wh = sizes.computeIfAbsent(png, ReviewBoxesTest::imageSize);
        double s = ReviewOptions.DEFAULT_DPI / 72.0;
        boolean inside = box.x0() * s >= -1 && box.y0() * s >= -1 && box.x1() * s <= wh[0] + 1
                && box.y1() * s <= wh[1] + 1;
        if (!inside) {
            problems.add(at + ": box " + box + " (×" + s + ") outside the " + wh[0] + "×" + wh[1] + " image of page "
                    + page);
        }
    }

    private static int[] imageSize(Path png) {
        try (ImageInputStream in = ImageIO.createImageInputStream(png.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            try {
                reader.setInput(in);
                return new int[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + png, e);
        }
    }

    private static Map<String, String> matches(Pattern p, String html) {
        Map<String, String> found = new HashMap<>();
        Matcher m = p.matcher(html);
        while (m.find()) {
            found.put(m.group(1), m.group(0));
        }
        return found;
    }
}
