package jixiao.text;

import java.util.Optional;
import java.util.regex.Pattern;

import jixiao.table.HeaderVocabulary;
import jixiao.table.Meaning;

/**
 * What the text reader needs of the header vocabulary ({@link HeaderVocabulary}) beyond its exact words: the pieces
 * of a wrapped label or column name (a prefix, an unclosed parenthesis), and whether a word may still go on.
 */
final class HeaderWords {
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private HeaderWords() {
    }

    static String normalize(String text) {
        return HeaderVocabulary.normalize(text);
    }

    /** The header-block label a text names, if any (not a label with an unclosed parenthesis: it goes on). */
    static Optional<Meaning> label(String text) {
        return hasOpenParen(text) ? Optional.empty() : HeaderVocabulary.label(text);
    }

    /** Whether the text is a label naming its project (项目编码, 项目名称 and their synonyms): one opens a header block. */
    static boolean projectLabel(String text) {
        Optional<Meaning> m = label(text);
        return m.isPresent() && (m.get() == Meaning.CODE || m.get() == Meaning.NAME);
    }

    /** Whether the text is one of the indicator column names as printed (no wrapped piece of one). */
    static boolean exactColumn(String text) {
        return HeaderVocabulary.columnNames().contains(normalize(text));
    }

    /** Whether a longer label or column name starts with the text (a wrapped word may go on). */
    static boolean extendable(String text) {
        String n = normalize(text);
        if (n.isEmpty() || hasOpenParen(text)) {
            return !n.isEmpty();
        }
        for (String l : HeaderVocabulary.labelNames()) {
            if (l.length() > n.length() && l.startsWith(n)) {
                return true;
            }
        }
        for (String c : HeaderVocabulary.columnNames()) {
            if (c.length() > n.length() && c.startsWith(n)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text could be the start of a wrapped header-block label. */
    static boolean labelPrefix(String text) {
        String n = SPACE.matcher(text).replaceAll("").replace("：", "").replace(":", "");
        if (n.isEmpty() || n.length() > 12) {
            return false;
        }
        String bare = n.startsWith("其中") ? n.substring(2) : n;
        for (String l : HeaderVocabulary.labelNames()) {
            if (l.startsWith(bare) && !bare.isEmpty() || bare.isEmpty() && n.startsWith("其中")) {
                return true;
            }
            if (bare.startsWith(l) && hasOpenParen(bare)) {
                return true;
            }
        }
        return false;
    }

    static boolean hasOpenParen(String s) {
        int open = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '（' || c == '(') {
                open++;
            } else if ((c == '）' || c == ')') && open > 0) {
                open--;
            }
        }
        return open > 0;
    }

    /** The indicator column a header cell names, if any (not a name with an unclosed parenthesis: it goes on). */
    static Optional<Meaning> column(String text) {
        return hasOpenParen(text) ? Optional.empty() : HeaderVocabulary.column(text);
    }

    /** Whether the text is the beginning of a known column name that a wrap cut (指标值确定依 → 指标值确定依据). */
    static boolean columnPrefix(String text) {
        String n = SPACE.matcher(text).replaceAll("");
        if (n.isEmpty()) {
            return false;
        }
        if (hasOpenParen(n)) {
            return n.startsWith("指标值") || n.startsWith("目标值");
        }
        for (String name : HeaderVocabulary.columnNames()) {
            if (name.startsWith(n) && !name.equals(n)) {
                return true;
            }
        }
        return false;
    }
}
