package jixiao.export;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Output file names derived from input names, safe in any folder: no path separators, no {@code ..}, no control
 * characters, no leading dot (hidden file), at most {@value #MAX_BYTES} UTF-8 bytes before the suffix.
 */
public final class OutputNames {
    static final int MAX_BYTES = 180;
    private static final String FORBIDDEN = "/\\:*?\"<>|";

    private OutputNames() {
    }

    /** {@code report-2023.writer.pdf} → {@code report-2023.writer.pdf}; {@code ../a/b} → {@code _a_b}. */
    public static String safe(String name) {
        StringBuilder sb = new StringBuilder();
        (name == null ? "" : name).codePoints().forEach(cp -> {
            boolean bad = cp < 0x20 || cp == 0x7f || FORBIDDEN.indexOf(cp) >= 0;
            sb.appendCodePoint(bad ? '_' : cp);
        });
        String s = sb.toString().replaceAll("\\.{2,}", ".").strip();
        if (s.startsWith(".")) {
            s = "_" + s.substring(1);
        }
        s = truncate(s);
        return s.isEmpty() ? "_" : s;
    }

    /**
     * Hands out JSON output names for input file names: {@code NAME.json}, or {@code NAME-2.json},
     * {@code NAME-3.json} … when the name was already handed out (compared ignoring case, for case-insensitive file
     * systems). Mutable: make one per batch and keep it local.
     */
    public static final class Allocator {
        private final Set<String> taken = new HashSet<>();

        public String jsonName(String inputFileName) {
            String base = safe(inputFileName);
            String candidate = base + ".json";
            for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
                candidate = base + "-" + n + ".json";
            }
            return candidate;
        }
    }

    private static String truncate(String s) {
        if (s.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + len > MAX_BYTES) {
                break;
            }
            sb.appendCodePoint(cp);
            bytes += len;
            i += Character.charCount(cp);
        }
        return sb.toString();
    }
}
