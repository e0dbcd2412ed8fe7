package jixiao.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code OUT/manifest.csv} as the batch writes it: one row per input with its status, page count and conversion
 * time. Read here with a small RFC 4180 parser (the CSV library belongs to {@code export}); columns are found by
 * their header names, so added columns do no harm.
 */
record Manifest(List<Row> rows) {
    static final String FILE = "manifest.csv";

    Manifest {
        rows = List.copyOf(rows);
    }

    /** One input: path as named in {@code source.path}, status ({@code ok}, {@code skipped}, {@code failed} …). */
    record Row(String path, String status, String errorCode, String message, Integer pages, Long millis,
               String output) {
        boolean failed() {
            return "failed".equalsIgnoreCase(status);
        }
    }

    /** The manifest of {@code outputDir}, or empty when there is none. */
    static Optional<Manifest> read(Path outputDir) throws IOException {
        Path file = outputDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> records = parse(text);
        if (records.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Integer> col = new HashMap<>();
        List<String> header = records.get(0);
        for (int i = 0; i < header.size(); i++) {
            col.put(header.get(i).strip(), i);
        }
        List<Row> rows = new ArrayList<>();
        for (List<String> r : records.subList(1, records.size())) {
            if (r.size() == 1 && r.get(0).isEmpty()) {
                continue;
            }
            rows.add(new Row(field(r, col, "path"), field(r, col, "status"), field(r, col, "error_code"),
                    field(r, col, "message"), integer(field(r, col, "pages")), longValue(field(r, col, "millis")),
                    field(r, col, "output")));
        }
        return Optional.of(new Manifest(rows));
    }

    private static String field(List<String> r, Map<String, Integer> col, String name) {
        Integer i = col.get(name);
        if (i == null || i >= r.size() || r.get(i).isEmpty()) {
            return null;
        }
        return r.get(i);
    }

    private static Integer integer(String s) {
        Long v = longValue(s);
        return v == null ? null : (int) (long) v;
    }

    private static Long longValue(String s) {
        if (s == null) {
            return null;
        }
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return null; // a column that is not a number is shown as unknown
        }
    }

    /** RFC 4180: comma-separated, fields optionally quoted with {@code "}, a doubled quote inside, CRLF or LF. */
    static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            any = true;
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                any = false;
            } else {
                field.append(c);
            }
        }
        if (any) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }
}
