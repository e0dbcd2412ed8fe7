package jixiao.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @Test
    void replacesTheTargetWhole(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("out.json");
        Files.writeString(target, "old");
        AtomicFiles.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertEquals("new", Files.readString(target));
        assertEquals(List.of(target), list(dir));
    }

    @Test
    void aFailureLeavesTheOldFileAndNoTemporary(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("out.json");
        Files.writeString(target, "old");
        assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write("partial".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertThrows(IllegalStateException.class, () -> AtomicFiles.write(dir.resolve("new.json"), out -> {
            throw new IllegalStateException("bug");
        }));
        assertEquals("old", Files.readString(target));
        assertEquals(List.of(target), list(dir));
    }

    @Test
    void createsMissingFolders(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("a/b/c.csv");
        AtomicFiles.write(target, out -> out.write('x'));
        assertEquals("x", Files.readString(target));
    }

    @Test
    void pendingFilesAppearOnlyOnCommitAndStaleOnesAreRemoved(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("a.csv");
        try (AtomicFiles.Pending pa = AtomicFiles.begin(a);
             AtomicFiles.Pending pb = AtomicFiles.begin(dir.resolve("b.csv"))) {
            try (var out = pa.newOutputStream()) {
                out.write('a');
            }
            try (var out = pb.newOutputStream()) {
                out.write('b');
            }
            assertTrue(AtomicFiles.isTemporary(pa.temporary()), pa.temporary().toString());
            assertEquals(List.of(), list(dir).stream().filter(f -> !AtomicFiles.isTemporary(f)).toList());
            pa.commit();
        } // b was not committed: its temporary file is deleted
        assertEquals(List.of(a), list(dir));
        assertEquals("a", Files.readString(a));

        Path stale = dir.resolve(".x.json.0123456789abcdef.tmp");
        Path journal = dir.resolve(".d.sqlite.fedcba9876543210.tmp-journal");
        Path mine = dir.resolve(".notes.tmp");
        Files.writeString(stale, "cut short by kill -9");
        Files.writeString(journal, "");
        Files.writeString(mine, "not ours");
        assertEquals(2, AtomicFiles.removeStale(dir));
        assertEquals(List.of(mine, a), list(dir));
    }

    private static List<Path> list(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
