package jixiao.batch;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on an output folder ({@code OUT/.jixiao.lock}), held for the whole batch, so that two runs never
 * write the same folder and a run may delete the temporary files that a killed run left there. The operating system
 * releases it when the process ends, however it ends, so a kill -9 never leaves the folder locked. On a file system
 * without locks the batch goes on unlocked.
 */
final class OutputLock implements AutoCloseable {
    static final String FILE_NAME = ".jixiao.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static OutputLock acquire(Path dir) throws IOException {
        Path file = dir.resolve(FILE_NAME);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) { // held by another batch in this JVM
            lock = null;
        } catch (IOException e) { // no locking on this file system
            return new OutputLock(channel, null);
        }
        if (lock == null) {
            channel.close();
            throw new IOException("another jixiao run is writing to " + dir + " (it holds " + file
                    + "); wait for it to finish, or give another output folder");
        }
        return new OutputLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        try {
            if (lock != null) {
                lock.release();
            }
        } finally {
            channel.close();
        }
    }
}
