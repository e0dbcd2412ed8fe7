import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;

import technology.tabula.ObjectExtractor;
import technology.tabula.Page;
import technology.tabula.PageIterator;
import technology.tabula.Table;
import technology.tabula.extractors.SpreadsheetExtractionAlgorithm;

/**
 * tabula-java 1.0.5 in lattice mode (SpreadsheetExtractionAlgorithm, what {@code tabula -l -p all} runs) over every
 * page of the given PDFs, in a JVM of its own with tabula's PDFBox 2. Run by scripts/bench through
 * jixiao.bench.Bench, which passes the same file sets it measures jixiao on.
 *
 * <pre>java -cp 'bench/tabula-lib/*:CLASSES' TabulaBench WARMUP ROUNDS NAME=f1.pdf,f2.pdf ...</pre>
 *
 * Prints one line per set: {@code tabula NAME PAGES WALL_MS/CPU_MS ...}, the wall time and this process's CPU time
 * (all threads, GC and JIT included) of each measured round.
 */
public final class TabulaBench {
    private TabulaBench() {
    }

    public static void main(String[] args) throws Exception {
        int warmup = Integer.parseInt(args[0]);
        int rounds = Integer.parseInt(args[1]);
        List<String> names = new ArrayList<>();
        List<List<File>> sets = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            String[] nameFiles = args[i].split("=", 2);
            names.add(nameFiles[0]);
            List<File> files = new ArrayList<>();
            for (String f : nameFiles[1].split(",")) {
                files.add(new File(f));
            }
            sets.add(files);
        }
        long[][] millis = new long[sets.size()][rounds];
        long[][] cpu = new long[sets.size()][rounds];
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        int[] pages = new int[sets.size()];
        for (int r = 0; r < warmup + rounds; r++) {
            for (int s = 0; s < sets.size(); s++) {
                long cpuStart = os.getProcessCpuTime();
                long start = System.nanoTime();
                pages[s] = lattice(sets.get(s));
                if (r >= warmup) {
                    millis[s][r - warmup] = (System.nanoTime() - start) / 1_000_000;
                    cpu[s][r - warmup] = (os.getProcessCpuTime() - cpuStart) / 1_000_000;
                }
            }
        }
        for (int s = 0; s < sets.size(); s++) {
            StringBuilder line = new StringBuilder("tabula " + names.get(s) + " " + pages[s]);
            for (int r = 0; r < rounds; r++) {
                line.append(' ').append(millis[s][r]).append('/').append(cpu[s][r]);
            }
            System.out.println(line);
        }
        System.out.flush();
    }

    /** Extracts the lattice tables of every page; returns the page count. */
    private static int lattice(List<File> files) throws Exception {
        int pages = 0;
        int cells = 0;
        SpreadsheetExtractionAlgorithm lattice = new SpreadsheetExtractionAlgorithm();
        for (File f : files) {
            try (PDDocument doc = PDDocument.load(f)) {
                PageIterator it = new ObjectExtractor(doc).extract();
                while (it.hasNext()) {
                    Page page = it.next();
                    for (Table t : lattice.extract(page)) {
                        cells += t.getRowCount() * t.getColCount();
                    }
                    pages++;
                }
            }
        }
        if (cells < 0) {
            System.out.println(String.format(Locale.ROOT, "%d", cells)); // keeps the work observable
        }
        return pages;
    }
}
