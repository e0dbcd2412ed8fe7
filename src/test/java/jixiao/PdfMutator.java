package jixiao;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seeded mutations of a PDF's bytes, as a download, a disk or a careless tool damages them: flipped bits,
 * overwritten, duplicated and deleted byte ranges, a cut-off end, and damage aimed at what a parser trusts (the
 * {@code startxref} offset, the offsets of the cross-reference table and the {@code /Length} of streams). Each
 * mutation describes itself, so that a failing case can be read and reproduced from its seed.
 */
final class PdfMutator {
    /** One applied mutation: the bytes after it and what it did. */
    record Mutation(byte[] bytes, String description) {
    }

    private static final Pattern STARTXREF = Pattern.compile("startxref\\s+(\\d+)");
    private static final Pattern XREF_ENTRY = Pattern.compile("(\\d{10}) \\d{5} [nf]");
    private static final Pattern LENGTH = Pattern.compile("/Length\\s+(\\d+)");

    private PdfMutator() {
    }

    /** One to three mutations chosen by {@code random}, applied in turn. */
    static Mutation mutate(byte[] pdf, SplittableRandom random) {
        int count = 1 + random.nextInt(3);
        List<String> done = new ArrayList<>();
        byte[] b = pdf;
        for (int i = 0; i < count; i++) {
            Mutation m = once(b, random);
            b = m.bytes();
            done.add(m.description());
        }
        return new Mutation(b, String.join(" + ", done));
    }

    static Mutation once(byte[] b, SplittableRandom r) {
        if (b.length < 16) {
            return overwrite(b, r);
        }
        return switch (r.nextInt(8)) {
            case 0 -> bitFlips(b, r);
            case 1 -> overwrite(b, r);
            case 2 -> truncate(b, r);
            case 3 -> duplicate(b, r);
            case 4 -> delete(b, r);
            case 5 -> number(b, r, STARTXREF, "startxref");
            case 6 -> number(b, r, XREF_ENTRY, "xref offset");
            default -> number(b, r, LENGTH, "/Length");
        };
    }

    private static Mutation bitFlips(byte[] b, SplittableRandom r) {
        byte[] out = b.clone();
        int flips = 1 + r.nextInt(8);
        StringBuilder where = new StringBuilder();
        for (int i = 0; i < flips; i++) {
            int at = r.nextInt(out.length);
            int bit = r.nextInt(8);
            out[at] ^= (byte) (1 << bit);
            where.append(i == 0 ? "" : ",").append(at).append('.').append(bit);
        }
        return new Mutation(out, "flip bits @" + where);
    }

    private static Mutation overwrite(byte[] b, SplittableRandom r) {
        byte[] out = b.clone();
        if (out.length == 0) {
            return new Mutation(out, "overwrite nothing (empty)");
        }
        int at = r.nextInt(out.length);
        int len = Math.min(1 + r.nextInt(64), out.length - at);
        for (int i = 0; i < len; i++) {
            out[at + i] = (byte) r.nextInt(256);
        }
        return new Mutation(out, "overwrite " + len + " bytes @" + at);
    }

    private static Mutation truncate(byte[] b, SplittableRandom r) {
        int keep = r.nextInt(b.length);
        return new Mutation(java.util.Arrays.copyOf(b, keep), "truncate to " + keep + " of " + b.length + " bytes");
    }

    private static Mutation duplicate(byte[] b, SplittableRandom r) {
        int from = r.nextInt(b.length);
        int len = Math.min(1 + r.nextInt(4096), b.length - from);
        int to = r.nextInt(b.length + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + len);
        out.write(b, 0, to);
        out.write(b, from, len);
        out.write(b, to, b.length - to);
        return new Mutation(out.toByteArray(), "duplicate " + len + " bytes from @" + from + " to @" + to);
    }

    private static Mutation delete(byte[] b, SplittableRandom r) {
        int from = r.nextInt(b.length);
        int len = Math.min(1 + r.nextInt(4096), b.length - from);
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        out.write(b, 0, from);
        out.write(b, from + len, b.length - from - len);
        return new Mutation(out.toByteArray(), "delete " + len + " bytes @" + from);
    }

    /**
     * Replaces the number in group 1 of one match of {@code pattern} (a random one) by a wrong one: zero, a little
     * off, far off, past the end of the file, or not a number. Falls back to flipping bits when there is no match.
     */
    private static Mutation number(byte[] b, SplittableRandom r, Pattern pattern, String what) {
        String text = new String(b, StandardCharsets.ISO_8859_1); // one char per byte: indexes are offsets
        List<int[]> spans = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(1), m.end(1)});
        }
        if (spans.isEmpty()) {
            Mutation flip = bitFlips(b, r);
            return new Mutation(flip.bytes(), "no " + what + " found, " + flip.description());
        }
        int[] span = spans.get(r.nextInt(spans.size()));
        String old = text.substring(span[0], span[1]);
        long value = Long.parseLong(old);
        String replacement = switch (r.nextInt(6)) {
            case 0 -> "0";
            case 1 -> String.valueOf(Math.max(0, value + r.nextInt(-16, 17)));
            case 2 -> String.valueOf(r.nextLong(0, Math.max(1, b.length)));
            case 3 -> String.valueOf(b.length * 2L + r.nextInt(1000));
            case 4 -> "99999999999";
            default -> "x" + old;
        };
        if (old.length() == 10 && replacement.length() < 10 && replacement.chars().allMatch(Character::isDigit)) {
            replacement = "0".repeat(10 - replacement.length()) + replacement; // keep the xref entry's width
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + 8);
        out.write(b, 0, span[0]);
        out.writeBytes(replacement.getBytes(StandardCharsets.ISO_8859_1));
        out.write(b, span[1], b.length - span[1]);
        return new Mutation(out.toByteArray(), what + " @" + span[0] + " " + old + " -> " + replacement);
    }
}
