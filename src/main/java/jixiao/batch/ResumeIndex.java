package jixiao.batch;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jixiao.export.AtomicFiles;
import jixiao.export.JsonExporter;
import jixiao.model.Source;

/**
 * The JSON documents already in an output folder, by the SHA-256 of their source ({@code --resume}). Only each file's
 * {@code source} object is read here; a file is trusted as complete only when it is read whole, when it is reused.
 * Immutable once built, so workers read it without locking.
 */
final class ResumeIndex {
    static final ResumeIndex EMPTY = new ResumeIndex(Map.of());

    private final Map<String, List<Path>> bySha;

    private ResumeIndex(Map<String, List<Path>> bySha) {
        this.bySha = bySha;
    }

    static ResumeIndex scan(Path dir) throws IOException {
        Map<String, List<Path>> bySha = new HashMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, ResumeIndex::isDocument)) {
            for (Path f : files) {
                Optional<Source> source;
                try {
                    source = JsonExporter.readSource(f);
                } catch (IOException | RuntimeException e) {
                    continue; // not a document of ours, or damaged: its input will be converted again
                }
                source.filter(s -> s.sha256() != null)
                        .ifPresent(s -> bySha.computeIfAbsent(s.sha256(), k -> new ArrayList<>()).add(f));
            }
        }
        bySha.replaceAll((k, v) -> List.copyOf(v));
        return new ResumeIndex(Map.copyOf(bySha));
    }

    private static boolean isDocument(Path f) {
        String name = String.valueOf(f.getFileName());
        return name.toLowerCase(Locale.ROOT).endsWith(".json") && !AtomicFiles.isTemporary(f)
                && Files.isRegularFile(f);
    }

    /** The JSON files whose source has this hash: {@code preferred} first when it is one of them. */
    List<Path> candidates(String sha256, Path preferred) {
        List<Path> found = bySha.getOrDefault(sha256, List.of());
        if (found.size() < 2 || !found.contains(preferred)) {
            return found;
        }
        List<Path> ordered = new ArrayList<>(found.size());
        ordered.add(preferred);
        for (Path p : found) {
            if (!p.equals(preferred)) {
                ordered.add(p);
            }
        }
        return ordered;
    }
}
