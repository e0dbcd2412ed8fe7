/**
 * Owns running many files: the folder and ZIP walk ({@link jixiao.batch.InputFinder}, {@link jixiao.batch.Archives},
 * {@link jixiao.batch.PlainZip} for archives with zip-slip entry names), the worker pool and per-file isolation
 * ({@link jixiao.batch.BatchRunner}, {@link jixiao.batch.FileJob}: one bad file never stops the batch), the
 * watchdog that gives up on a file stuck past its time limit ({@link jixiao.batch.WorkerPool}), output naming,
 * resuming ({@link jixiao.batch.ResumeIndex}), the manifest ({@link jixiao.batch.Outcome}), the output-folder lock, progress ({@link jixiao.batch.ProgressListener}) and the
 * {@link jixiao.batch.BatchSummary}. Writes one JSON per converted file as soon as it is converted and, at the end,
 * the four CSV tables (and the SQLite database) rebuilt from those JSON files ({@link jixiao.batch.Dataset}), each file
 * replaced atomically through {@code jixiao.export}.
 *
 * <p>Imports the facade, export and model. Nothing but {@code jixiao.cli} imports it.
 */
package jixiao.batch;
