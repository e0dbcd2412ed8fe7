package jixiao.review;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Escaping and small formatting helpers for the pages. */
final class Html {
    private static final String UNRESERVED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/";

    private Html() {
    }

    /** Text for element content and attribute values (both quoted with {@code "}); null is empty. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** A relative link: every byte outside the unreserved set (and {@code /}) percent-encoded as UTF-8. */
    static String href(String relative) {
        StringBuilder b = new StringBuilder();
        for (byte x : relative.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xFF;
            if (c < 128 && UNRESERVED.indexOf(c) >= 0) {
                b.append((char) c);
            } else {
                b.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return b.toString();
    }

    /** A percentage for CSS positions, 3 decimals, dot as separator. */
    static String pct(double part, double whole) {
        return String.format(Locale.ROOT, "%.3f%%", whole <= 0 ? 0 : 100 * part / whole);
    }

    static String num(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    static String amount(BigDecimal v) {
        return v == null ? "—" : v.toPlainString();
    }

    /** The file name of a path as printed in {@code source.path} (either separator, ZIP entries included). */
    static String fileName(String path) {
        if (path == null || path.isBlank()) {
            return "document";
        }
        String p = path.replace('\\', '/');
        return p.substring(p.lastIndexOf('/') + 1);
    }
}
