/**
 * Owns running many files: the folder walk ({@link jixiao.batch.InputFinder}), per-file isolation (one bad file
 * never stops the batch), output naming, progress ({@link jixiao.batch.ProgressListener}) and the
 * {@link jixiao.batch.BatchSummary}. Writes one JSON per converted file and, at the end, the four CSV tables
 * covering all of them, each file replaced atomically through {@code jixiao.export}.
 *
 * <p>Imports the facade, export and model. Nothing but {@code jixiao.cli} imports it.
 */
package jixiao.batch;
