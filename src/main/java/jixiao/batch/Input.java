package jixiao.batch;

import java.io.IOException;
import java.nio.file.Path;

/**
 * One file to convert.
 *
 * @param path     where to read it: a file, or an entry of a ZIP archive (a path in that archive's file system); for
 *                 an entry that must be unpacked first, the archive
 * @param name     how it is named in {@code source.path}, the manifest and messages: the file path as found, or
 *                 {@code archive.zip!/path/in/zip.pdf} for an entry
 * @param fileName the last part of the name, from which the JSON output name is made
 * @param size     its size in bytes (0 when unknown), to schedule large files first and to estimate the time left
 * @param unpack   null, or how to copy an entry that cannot be read in place out of its archive ({@link PlainZip})
 */
record Input(Path path, String name, String fileName, long size, Unpack unpack) {
    Input(Path path, String name, String fileName, long size) {
        this(path, name, fileName, size, null);
    }

    /** Copies an archive entry into a folder and returns the copy. */
    @FunctionalInterface
    interface Unpack {
        Path into(Path folder) throws IOException;
    }
}
