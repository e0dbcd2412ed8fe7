package jixiao;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The fixtures under {@code samples/} (copied to the test classpath by Maven), found through the class loader,
 * never through a source path.
 */
public final class Samples {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Samples() {
    }

    /** A file or folder under {@code samples/}, e.g. {@code dev/pdf}. */
    public static Path path(String relative) {
        URL url = Samples.class.getResource("/samples/" + relative);
        if (url == null) {
            throw new IllegalStateException("samples/" + relative + " is not on the test classpath");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bad classpath URL " + url, e);
        }
    }

    /** The files in {@code samples/<folder>} whose name ends with {@code suffix} (any case), sorted by name. */
    public static List<Path> list(String folder, String suffix) {
        String lower = suffix.toLowerCase(Locale.ROOT);
        try (Stream<Path> files = Files.list(path(folder))) {
            return files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(lower))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The gold beside a sample: {@code X.pdf} → {@code X.gold.json}, {@code X.txt} → {@code X.txt.gold.json}. */
    public static Path goldFor(Path input, boolean keepExtension) {
        String name = input.getFileName().toString();
        String base = keepExtension ? name : name.substring(0, name.lastIndexOf('.'));
        return input.resolveSibling(base + ".gold.json");
    }

    public static JsonNode readJson(Path file) {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public static JsonNode parseJson(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
