package jixiao.batch;

import java.nio.file.Path;

import jixiao.ConversionResult;
import jixiao.JixiaoException;

/** Hears about each file of a batch, in order, on the batch's thread. Every method defaults to doing nothing. */
public interface ProgressListener {
    ProgressListener SILENT = new ProgressListener() {
    };

    default void started(Progress progress, Path file) {
    }

    /** The file converted and its JSON was written to {@code output}. */
    default void finished(Progress progress, Path file, ConversionResult result, Path output) {
    }

    /** The file could not be converted or written; nothing was left for it in the output folder. */
    default void failed(Progress progress, Path file, JixiaoException error) {
    }
}
