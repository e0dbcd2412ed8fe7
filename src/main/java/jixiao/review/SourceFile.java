package jixiao.review;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jixiao.FileHash;
import jixiao.InputFormat;

/**
 * The source file a document names in {@code source.path}: absolute, or relative to a base folder (the working
 * folder of the run), or an entry of a ZIP archive ({@code archive.zip!/path/in/zip.pdf}). {@code path} is null
 * and {@code problem} says why when it cannot be found. Close it to close the archive.
 */
record SourceFile(Path path, FileSystem archive, String problem) implements AutoCloseable {

    static SourceFile open(String sourcePath, Path base) {
        if (sourcePath == null || sourcePath.isBlank()) {
            return new SourceFile(null, null, "the JSON names no source file");
        }
        int bang = sourcePath.indexOf("!/");
        try {
            if (bang > 0) {
                Path zip = base.resolve(sourcePath.substring(0, bang));
                if (!Files.isRegularFile(zip)) {
                    return new SourceFile(null, null, "source archive not found: " + zip);
                }
                FileSystem fs = FileSystems.newFileSystem(zip);
                Path entry = fs.getPath("/" + sourcePath.substring(bang + 2));
                if (!Files.isRegularFile(entry)) {
                    fs.close();
                    return new SourceFile(null, null, "no entry " + entry + " in " + zip);
                }
                return new SourceFile(entry, fs, null);
            }
            Path file = base.resolve(sourcePath);
            return Files.isRegularFile(file) ? new SourceFile(file, null, null)
                    : new SourceFile(null, null, "source file not found: " + file.toAbsolutePath().normalize());
        } catch (IOException | RuntimeException e) { // a bad path or an unreadable archive: no source, no images
            return new SourceFile(null, null, "cannot open the source " + sourcePath + ": " + e);
        }
    }

    boolean found() {
        return path != null;
    }

    /** Whether the file's SHA-256 is {@code sha256} (true when the JSON gives none to compare with). */
    boolean matches(String sha256) throws IOException {
        if (sha256 == null || sha256.isBlank()) {
            return true;
        }
        return FileHash.sha256(path).equalsIgnoreCase(sha256.strip());
    }

    /** The lines of a text source, decoded as the converter reads it ({@link InputFormat#charset}). */
    List<String> lines() throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        String text = new String(bytes, InputFormat.charset(bytes));
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return text.lines().toList();
    }

    @Override
    public void close() throws IOException {
        if (archive != null) {
            archive.close();
        }
    }
}
