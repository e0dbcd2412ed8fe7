package jixiao.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A ZIP archive that the JDK's zip file system refuses because an entry name has a {@code .} or {@code ..} element
 * (a zip-slip name such as {@code ../../evil.pdf}, or {@code ./a.pdf}), read through {@link ZipFile} instead, so that
 * one odd name does not cost the whole archive. Entries are never unpacked where their names point: each is copied,
 * when its turn comes, into a private temporary folder under its bare file name ({@link Input#unpack()}), and
 * removed once converted. Readable from several threads; closed with the {@link Archives}.
 */
final class PlainZip implements AutoCloseable {
    private static final Charset LOCAL_NAMES = Charset.forName("GB18030");

    private final ZipFile zip;

    private PlainZip(ZipFile zip) {
        this.zip = zip;
    }

    /** Opens {@code file}; entry names as UTF-8, or GB18030 when they are not valid UTF-8. */
    static PlainZip open(Path file) throws IOException {
        try {
            return new PlainZip(checked(new ZipFile(file.toFile(), StandardCharsets.UTF_8)));
        } catch (IOException | IllegalArgumentException e) {
            try {
                return new PlainZip(checked(new ZipFile(file.toFile(), LOCAL_NAMES)));
            } catch (IOException | IllegalArgumentException again) {
                e.addSuppressed(again);
                throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
            }
        }
    }

    /** Reads every entry name once, so that a name the charset cannot decode fails here and not later. */
    private static ZipFile checked(ZipFile zip) {
        try {
            Collections.list(zip.entries()).forEach(ZipEntry::getName);
            return zip;
        } catch (IllegalArgumentException e) {
            try {
                zip.close();
            } catch (IOException ignored) {
                // failing anyway
            }
            throw e;
        }
    }

    /** The archive's PDF and text entries, sorted by name, named {@code archive.zip!/entry/name}. */
    List<Input> inputs(Path archive) {
        List<ZipEntry> found = new ArrayList<>();
        for (ZipEntry e : Collections.list(zip.entries())) {
            if (!e.isDirectory() && InputFinder.isCandidate(Path.of(baseName(e.getName())))) {
                found.add(e);
            }
        }
        found.sort(Comparator.comparing(ZipEntry::getName));
        List<Input> inputs = new ArrayList<>(found.size());
        for (ZipEntry e : found) {
            String base = baseName(e.getName());
            inputs.add(new Input(archive, archive + "!/" + e.getName(), base, Math.max(0, e.getSize()),
                    folder -> copy(e, folder.resolve(base))));
        }
        return inputs;
    }

    private Path copy(ZipEntry entry, Path target) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            Files.copy(in, target);
        }
        return target;
    }

    /** The last element of an entry name, whichever separator it uses; never empty, {@code .} or {@code ..}. */
    static String baseName(String entryName) {
        String[] parts = entryName.split("[/\\\\]");
        for (int i = parts.length - 1; i >= 0; i--) {
            String p = parts[i];
            if (!p.isEmpty() && !p.equals(".") && !p.equals("..")) {
                return p;
            }
        }
        return "entry";
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
