package jixiao.mapping;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Leading list numbering: 1. 1、 1， （1） (1) 一、 （一）; its value and the text after it. A comma or point followed by a
 * digit is part of a number (1,250,000.00), not numbering.
 */
final class Numbering {
    private static final Pattern NUMBERED = Pattern.compile(
            "^\\s*(?:([0-9]+)\\s*(?:[、)）]|[,，](?![0-9])|[.．](?:(?=\\d{4}年)|(?![0-9])))|[（(]\\s*([0-9]+|[一二三四五六七八九十]+)\\s*[）)]|([一二三四五六七八九十]+)\\s*[、.．])\\s*");

    /** A numbered text: its number and the text after the numbering. */
    record Numbered(int no, String rest) {
    }

    private Numbering() {
    }

    static Optional<Numbered> parse(String text) {
        Matcher m = NUMBERED.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        String digits = m.group(1) != null ? m.group(1) : m.group(2);
        String han = m.group(3) != null ? m.group(3) : (digits != null && !digits.matches("[0-9]+") ? digits : null);
        int no;
        if (han != null) {
            no = chinese(han);
        } else {
            no = Integer.parseInt(digits);
        }
        return Optional.of(new Numbered(no, text.substring(m.end())));
    }

    /** The text without its leading numbering (unchanged when not numbered). */
    static String strip(String text) {
        return parse(text).map(Numbered::rest).orElse(text);
    }

    /** 一..九十九 as a number. */
    static int chinese(String s) {
        String digits = "零一二三四五六七八九";
        int idx = s.indexOf('十');
        if (idx < 0) {
            return digits.indexOf(s.charAt(0));
        }
        int tens = idx == 0 ? 1 : digits.indexOf(s.charAt(0));
        int ones = idx == s.length() - 1 ? 0 : digits.indexOf(s.charAt(idx + 1));
        return tens * 10 + ones;
    }
}
