package jixiao.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Folders are searched through symbolic links, as an archive kept on another disk is often linked in; a file reached
 * by two paths is converted once.
 */
class InputFinderTest {
    @TempDir
    Path tmp;

    @Test
    void followsLinkedFoldersAndFilesAndStopsAtLoops() throws Exception {
        Path store = Files.createDirectories(tmp.resolve("store/2023"));
        Files.writeString(store.resolve("a.txt"), "a");
        Files.writeString(tmp.resolve("store/b.pdf"), "b");
        Path archive = Files.createDirectories(tmp.resolve("archive"));
        Files.createSymbolicLink(archive.resolve("linked"), store);
        Files.createSymbolicLink(archive.resolve("c.pdf"), tmp.resolve("store/b.pdf"));
        Files.createSymbolicLink(store.resolve("up"), tmp.resolve("store")); // a loop: store/2023/up -> store
        Path linkedRoot = Files.createSymbolicLink(tmp.resolve("root"), archive);

        try (Archives archives = new Archives()) {
            InputFinder.Found found = InputFinder.find(List.of(linkedRoot), archives);
            List<String> names = found.files().stream().map(i -> linkedRoot.relativize(i.path()).toString()).toList();
            assertEquals(List.of("c.pdf", "linked/a.txt"), names); // linked/up/b.pdf is c.pdf's file
            assertEquals(List.of(), found.unreadable());
        }
    }
}
