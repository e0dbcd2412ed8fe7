package jixiao.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Writes a file so that it appears complete or not at all: the content goes to a hidden temporary file in the
 * same folder ({@code .NAME.<16 hex digits>.tmp}), which is then moved over the target with {@code ATOMIC_MOVE}. On
 * any failure the temporary file is deleted and the target is left as it was. A process killed while writing
 * (kill -9, power loss) leaves only such a temporary file, which {@link #removeStale} deletes on the next run.
 */
public final class AtomicFiles {
    /** The temporary names this class makes, and the journal files SQLite may put beside one. */
    private static final Pattern TEMPORARY = Pattern.compile("\\..+\\.[0-9a-f]{16}\\.tmp(-journal|-wal|-shm)?");

    private AtomicFiles() {
    }

    /** Produces a file's content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    public static void write(Path target, Content content) throws IOException {
        try (Pending pending = begin(target)) {
            try (OutputStream out = pending.newOutputStream()) {
                content.writeTo(out);
            }
            pending.commit();
        }
    }

    /**
     * Starts writing {@code target} (its folder is created if missing): write to {@link Pending#temporary()}, then
     * {@link Pending#commit()}. Closing a pending file that was not committed deletes the temporary file, so use it in
     * try-with-resources. Several pending files can be committed one after the other to publish a set of files.
     */
    public static Pending begin(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        // not Files.createTempFile: that creates mode 600, and the moved file would keep it
        return new Pending(absolute, dir.resolve("." + absolute.getFileName() + "." + randomHex() + ".tmp"));
    }

    /** Whether {@code file} is named like a temporary file of this class (or a SQLite journal beside one). */
    public static boolean isTemporary(Path file) {
        Path name = file.getFileName();
        return name != null && TEMPORARY.matcher(name.toString()).matches();
    }

    /**
     * Deletes the temporary files left in {@code dir} by a process that was killed while writing. Call it only when
     * no other process writes into {@code dir} (the batch holds a lock on its output folder).
     *
     * @return how many were deleted
     */
    public static int removeStale(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, AtomicFiles::isTemporary)) {
            for (Path f : files) {
                if (Files.isRegularFile(f) && Files.deleteIfExists(f)) {
                    removed++;
                }
            }
        }
        return removed;
    }

    /** One file being written under a temporary name; see {@link #begin}. Not thread-safe. */
    public static final class Pending implements AutoCloseable {
        private final Path target;
        private final Path temporary;
        private boolean finished;

        private Pending(Path target, Path temporary) {
            this.target = target;
            this.temporary = temporary;
        }

        public Path target() {
            return target;
        }

        /** Where the content goes until {@link #commit()}; for writers that need a path (SQLite). */
        public Path temporary() {
            return temporary;
        }

        /** A new buffered stream over the temporary file, which must not exist yet. */
        public OutputStream newOutputStream() throws IOException {
            return new BufferedOutputStream(
                    Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
        }

        /** Moves the temporary file over the target. */
        public void commit() throws IOException {
            if (finished) {
                throw new IllegalStateException(target + " was already committed or abandoned");
            }
            move(temporary, target);
            finished = true;
        }

        /** Deletes the temporary file unless it was committed. */
        @Override
        public void close() throws IOException {
            if (!finished) {
                finished = true;
                Files.deleteIfExists(temporary);
            }
        }
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // same folder, so this only happens on exotic file systems; a plain replace is the best left
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String randomHex() {
        return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    }
}
