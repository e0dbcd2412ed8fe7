package jixiao.batch;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipException;

/**
 * The ZIP archives opened while finding inputs, read in place through the JDK's zip file system (nothing is unpacked
 * to disk). Entry names are decoded as UTF-8, or as GB18030 when they are not valid UTF-8 (archives made by Chinese
 * Windows tools store names in the local code page without saying so). Readable from several threads at once; close
 * it when the batch is over.
 */
final class Archives implements AutoCloseable {
    private static final Charset LOCAL_NAMES = Charset.forName("GB18030");

    private final List<AutoCloseable> open = new ArrayList<>();

    /** Opens {@code zip}; its root folder is {@code getPath("/")}. */
    FileSystem open(Path zip) throws IOException {
        ZipException utf8Failure = null;
        FileSystem fs = null;
        try {
            fs = FileSystems.newFileSystem(zip, Map.of());
            if (!namesDecode(fs)) {
                fs.close();
                fs = null;
            }
        } catch (ZipException e) { // "invalid CEN header (bad entry name)": names in a local code page, or damage
            utf8Failure = e;
        }
        if (fs == null) {
            try {
                fs = FileSystems.newFileSystem(zip, Map.of("encoding", LOCAL_NAMES.name()));
            } catch (ZipException e) {
                if (utf8Failure != null) {
                    utf8Failure.addSuppressed(e);
                    throw utf8Failure;
                }
                throw e;
            }
        }
        open.add(fs);
        return fs;
    }

    /** Opens {@code zip} as a {@link PlainZip}, for an archive the zip file system refuses. */
    PlainZip openPlain(Path zip) throws IOException {
        PlainZip plain = PlainZip.open(zip);
        open.add(plain);
        return plain;
    }

    private static boolean namesDecode(FileSystem fs) throws IOException {
        try (Stream<Path> entries = Files.walk(fs.getPath("/"))) {
            entries.forEach(Path::toString);
            return true;
        } catch (IllegalArgumentException e) { // the zip provider's "MALFORMED" name
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (AutoCloseable c : open) {
            try {
                c.close();
            } catch (Exception e) {
                IOException io = e instanceof IOException x ? x : new IOException(e);
                if (first == null) {
                    first = io;
                } else {
                    first.addSuppressed(io);
                }
            }
        }
        open.clear();
        if (first != null) {
            throw first;
        }
    }
}
