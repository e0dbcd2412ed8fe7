package jixiao.mapping;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jixiao.table.HeaderVocabulary;
import jixiao.table.Meaning;

/**
 * Header cells recognised by meaning, in the shared {@link HeaderVocabulary} (synonyms of families H, C and G), as the
 * fields the mapper fills.
 */
final class Labels {
    /** What a basis column's name holds, cut or whole (指标值确定依据, 指标值确定依). */
    private static final String CUT_BASIS = "确定依";
    private static final Pattern PAREN = Pattern.compile("[（(]([^）)]*)[）)]");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private Labels() {
    }

    /** The unit in parentheses of a label such as 项目资金（万元）, if it names a currency unit. */
    static Optional<String> unitIn(String label) {
        Matcher m = PAREN.matcher(SPACE.matcher(label).replaceAll(""));
        while (m.find()) {
            String u = m.group(1);
            if (u.equals("万元") || u.equals("元") || u.equals("千元") || u.equals("亿元")) {
                return Optional.of(u);
            }
        }
        return Optional.empty();
    }

    /** The project header field a label cell names, if any (labels without a contract field are none). */
    static Optional<Field> header(String text) {
        return HeaderVocabulary.label(text).filter(m -> m != Meaning.OTHER_LABEL).map(Labels::field);
    }

    /** Whether a cell is a label naming its project (项目编码, 项目名称 and their synonyms). */
    static boolean projectLabel(String text) {
        Optional<Field> f = header(text);
        return f.isPresent() && (f.get() == Field.CODE || f.get() == Field.NAME);
    }

    /**
     * The indicator column a header cell names, if any (columns without a contract field are none). A basis name
     * whose last character a page break cut (指标值确定依, the header row's rest on the next page) still names the
     * basis, not a second 指标值.
     */
    static Optional<Field> indicatorColumn(String text) {
        if (HeaderVocabulary.normalize(text).contains(CUT_BASIS)) {
            return Optional.of(Field.BASIS);
        }
        return HeaderVocabulary.column(text).filter(m -> m != Meaning.EXTRA).map(Labels::field);
    }

    private static Field field(Meaning m) {
        return Field.valueOf(m.name());
    }

    /** Whether the cells of a row form the indicator grid's column header (一级指标 and another level). */
    static boolean isIndicatorHeader(List<String> cellTexts) {
        boolean l1 = false;
        boolean other = false;
        for (String t : cellTexts) {
            Optional<Field> f = indicatorColumn(t);
            if (f.isPresent()) {
                if (f.get() == Field.LEVEL1) {
                    l1 = true;
                } else if (f.get() == Field.LEVEL2 || f.get() == Field.LEVEL3) {
                    other = true;
                }
            }
        }
        return l1 && other;
    }
}
