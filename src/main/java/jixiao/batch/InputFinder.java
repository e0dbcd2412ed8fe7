package jixiao.batch;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jixiao.JixiaoException;

/**
 * Expands the command-line inputs into the files to convert. A folder is searched recursively for {@code *.pdf}
 * and {@code *.txt} (any case), sorted by path so the order is stable; a file is taken as given (the facade tells
 * PDF from text by content), except that JSON files ({@code *.json}, so also {@code *.gold.json}) are never inputs.
 * A path that does not exist is kept, so that it fails as NOT_FOUND. The same file given twice is converted once.
 */
final class InputFinder {
    private InputFinder() {
    }

    /** The files found, and the folders that could not be listed (each as a READ_FAILED error). */
    record Found(List<Path> files, List<JixiaoException> unreadable) {
        Found {
            files = List.copyOf(files);
            unreadable = List.copyOf(unreadable);
        }
    }

    static Found find(List<Path> inputs) {
        Map<Path, Path> files = new LinkedHashMap<>(); // normalized absolute path → path as found
        List<JixiaoException> unreadable = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                for (Path f : walk(input, unreadable)) {
                    files.putIfAbsent(f.toAbsolutePath().normalize(), f);
                }
            } else if (!isJson(input)) {
                files.putIfAbsent(input.toAbsolutePath().normalize(), input);
            }
        }
        return new Found(new ArrayList<>(files.values()), unreadable);
    }

    static boolean isCandidate(Path file) {
        String name = lowerName(file);
        return (name.endsWith(".pdf") || name.endsWith(".txt")) && !isJson(file);
    }

    private static boolean isJson(Path file) {
        return lowerName(file).endsWith(".json");
    }

    private static String lowerName(Path file) {
        Path name = file.getFileName();
        return name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    }

    private static List<Path> walk(Path dir, List<JixiaoException> unreadable) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && isCandidate(file)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    unreadable.add(unreadable(file, e));
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
