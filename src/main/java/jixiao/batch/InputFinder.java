package jixiao.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipException;

import jixiao.JixiaoException;

/**
 * Expands the command-line inputs into the files to convert. A folder is searched recursively for {@code *.pdf},
 * {@code *.txt} and {@code *.zip} (any case), sorted by path so the order is stable; a ZIP archive, found or given,
 * stands for its {@code *.pdf} and {@code *.txt} entries (sorted, read in place, named
 * {@code archive.zip!/path/in/zip.pdf}); a ZIP inside a ZIP is not opened. A file given by name is taken as it is
 * (the facade tells PDF from text by content), except that JSON files ({@code *.json}, so also {@code *.gold.json})
 * are never inputs. A path that does not exist is kept, so that it fails as NOT_FOUND. Symbolic links to files and
 * folders are followed (a folder linked into itself is searched once); the same file given twice, or reached through
 * a link too, is converted once.
 */
final class InputFinder {
    private InputFinder() {
    }

    /** The files found, and the folders or archives that could not be read (each as a READ_FAILED error). */
    record Found(List<Input> files, List<JixiaoException> unreadable) {
        Found {
            files = List.copyOf(files);
            unreadable = List.copyOf(unreadable);
        }
    }

    /** Finds the inputs; ZIP archives are opened in {@code archives}, which must stay open while they are read. */
    static Found find(List<Path> inputs, Archives archives) {
        Map<String, Input> files = new LinkedHashMap<>(); // normalized absolute name → input
        List<JixiaoException> unreadable = new ArrayList<>();
        for (Path input : inputs) {
            List<Path> candidates = Files.isDirectory(input) ? walk(input, unreadable)
                    : isJson(input) ? List.of() : List.of(input);
            for (Path f : candidates) {
                if (isZip(f) && Files.isRegularFile(f)) {
                    for (Input entry : entries(f, archives, unreadable)) {
                        // the entry's name in its archive: name is "<zip as given>!/<entry>"
                        String key = key(f) + entry.name().substring(f.toString().length());
                        files.putIfAbsent(key, entry);
                    }
                } else {
                    files.putIfAbsent(key(f), input(f));
                }
            }
        }
        return new Found(new ArrayList<>(files.values()), unreadable);
    }

    /** The file's real name (links resolved), so that a file reached by two paths is converted once. */
    private static String key(Path f) {
        try {
            return f.toRealPath().toString();
        } catch (IOException | SecurityException e) { // missing (it fails as NOT_FOUND) or unreadable: as given
            return f.toAbsolutePath().normalize().toString();
        }
    }

    static boolean isCandidate(Path file) {
        String name = lowerName(file);
        return (name.endsWith(".pdf") || name.endsWith(".txt")) && !isJson(file);
    }

    private static boolean isZip(Path file) {
        return lowerName(file).endsWith(".zip");
    }

    private static boolean isJson(Path file) {
        return lowerName(file).endsWith(".json");
    }

    private static String lowerName(Path file) {
        Path name = file.getFileName();
        return name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    }

    private static Input input(Path f) {
        Path name = f.getFileName();
        return new Input(f, f.toString(), name == null ? f.toString() : name.toString(), sizeOf(f));
    }

    private static long sizeOf(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return 0; // it will fail as NOT_FOUND or READ_FAILED when converted
        }
    }

    private static List<Input> entries(Path zip, Archives archives, List<JixiaoException> unreadable) {
        List<Path> found = new ArrayList<>();
        try {
            FileSystem fs;
            try {
                fs = archives.open(zip);
            } catch (ZipException refused) { // an entry named with "." or "..", or a damaged archive
                try {
                    return archives.openPlain(zip).inputs(zip);
                } catch (IOException e) {
                    refused.addSuppressed(e);
                    throw refused;
                }
            }
            try (Stream<Path> walk = Files.walk(fs.getPath("/"))) {
                walk.filter(p -> isCandidate(p) && Files.isRegularFile(p)).forEach(found::add);
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | UnsupportedOperationException e) {
            unreadable.add(new JixiaoException(zip, null, "READ_FAILED", "cannot read the ZIP archive: " + e,
                    "check that the .zip file is complete; unpack it with another tool if it uses an unusual format",
                    e));
            return List.of();
        }
        found.sort(Comparator.comparing(Path::toString));
        List<Input> entries = new ArrayList<>(found.size());
        for (Path p : found) {
            String inZip = p.toString().substring(1); // without the root "/"
            entries.add(new Input(p, zip + "!/" + inZip, String.valueOf(p.getFileName()), sizeOf(p)));
        }
        return entries;
    }

    private static List<Path> walk(Path dir, List<JixiaoException> unreadable) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && (isCandidate(file) || isZip(file))) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (!(e instanceof FileSystemLoopException)) { // a link back up the tree: its folder is searched
                        unreadable.add(unreadable(file, e));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) {
                    if (e != null) { // the listing broke off part-way: keep what was found, report the folder
                        unreadable.add(unreadable(d, e));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            unreadable.add(unreadable(dir, e));
        }
        found.sort(Comparator.comparing(Path::toString));
        return found;
    }

    private static JixiaoException unreadable(Path path, IOException e) {
        return new JixiaoException(path, null, "READ_FAILED", "cannot list or read: " + e,
                "check the folder's permissions", e);
    }
}
