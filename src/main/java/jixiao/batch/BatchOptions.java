package jixiao.batch;

import java.nio.file.Path;

import jixiao.Options;

/**
 * How to run a batch.
 *
 * @param convert  how to convert each file (password)
 * @param excelBom start the CSV files with a UTF-8 byte-order mark ({@code --excel})
 * @param jobs     files converted at once, each on its own thread (at least 1)
 * @param resume   skip inputs whose content already has a complete JSON in the output folder ({@code --resume})
 * @param sqlite   also write the dataset to this SQLite file, or null
 */
public record BatchOptions(Options convert, boolean excelBom, int jobs, boolean resume, Path sqlite) {
    public BatchOptions {
        if (convert == null) {
            throw new IllegalArgumentException("convert options are required");
        }
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1, got " + jobs);
        }
    }

    /** Default conversion, no BOM, one job per available processor, no resume, no SQLite. */
    public static BatchOptions defaults() {
        return new BatchOptions(Options.defaults(), false, Runtime.getRuntime().availableProcessors(), false, null);
    }

    public BatchOptions withConvert(Options o) {
        return new BatchOptions(o, excelBom, jobs, resume, sqlite);
    }

    public BatchOptions withExcelBom(boolean bom) {
        return new BatchOptions(convert, bom, jobs, resume, sqlite);
    }

    public BatchOptions withJobs(int n) {
        return new BatchOptions(convert, excelBom, n, resume, sqlite);
    }

    public BatchOptions withResume(boolean r) {
        return new BatchOptions(convert, excelBom, jobs, r, sqlite);
    }

    public BatchOptions withSqlite(Path file) {
        return new BatchOptions(convert, excelBom, jobs, resume, file);
    }
}
