package jixiao.model;

/** Where a document came from: path as given, content hash, {@code pdf} or {@code text}, page count (null for text). */
public record Source(String path, String sha256, String format, Integer pages) {
}
