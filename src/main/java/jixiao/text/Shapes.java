package jixiao.text;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The shapes of cell contents: the indicator taxonomy (level-1 and level-2 names), indicator values (≥95%,
 * 12月底前, 5.87 万元), bases (<issuer>【<year>】<n>号, 调查问卷), amounts and fund-plan periods.
 */
final class Shapes {
    /** The unit of a table's amounts as printed above it: "单位：万元", "金额单位：元". */
    static final String UNIT_NOTE = "(金额)?单位[：:]\\s*[千万亿]?元";
    /** A unit per so many (/10万, 例/10万人): digits only after its slash, a count word after them. */
    private static final Pattern PER_MANY = Pattern.compile("[^\\d/]*/\\d+[十百千万亿]\\D*");
    static final Set<String> LEVEL1 = Set.of("产出指标", "效益指标", "满意度指标", "成本指标");
    static final Set<String> LEVEL2 = Set.of("数量指标", "质量指标", "时效指标", "成本指标", "经济效益指标",
            "社会效益指标", "生态效益指标", "可持续影响指标", "服务对象满意度指标", "经济成本指标", "社会成本指标",
            "生态环境成本指标", "满意度指标", "其他满意度指标", "社会公众满意度指标");

    private static final String OP = "(?:≥|≤|>=|<=|=>|=<|＞＝|＜＝|≧|≦|>|<|＞|＜|=|＝|大于等于|小于等于|不低于|不高于|不少于|不多于"
            + "|不超过|大于|小于|高于|低于|等于|约|达到)";
    private static final String NUM = "[+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?";
    /** The longest unit looked for at the start of a word (平方米, 元/生·年). */
    private static final int MAX_UNIT = 6;
    /** What follows a unit in running text but never ends a value cell's unit: a bracket or a stop. */
    private static final String PROSE_AFTER_UNIT = "（(，、。；：";
    private static final Pattern NUMERIC_VALUE = Pattern.compile(
            "^" + OP + "?\\s*" + NUM + "\\s*(?:[%‰]|[^\\d\\s【】〔〕\\[\\]《》，。；、]{0,6}(?:/" + NUM
                    + "?\\s?[^\\d\\s【】〔〕]{0,4})?)?$");
    private static final Pattern DEADLINE = Pattern.compile(
            "^(?:" + OP + "?\\d{4}年)?\\d{1,2}月(?:\\d{1,2}日)?(?:底|末|中旬|上旬|下旬|份|初|中)?(?:前|内|以前|之前)?(?:完成)?$"
                    + "|^\\d{4}年(?:底|末|内)?(?:前)?$|^(?:年底|年末|年内|开学|学期)前?$");
    private static final Pattern AMOUNT = Pattern.compile("^[+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?$");
    /** An amount with two decimals. */
    private static final Pattern CENTS = Pattern.compile("\\d{1,3}(,\\d{3})*\\.\\d{2}|\\d+\\.\\d{2}");
    /** The start of an amount: digits (with thousands separators), then a point and at most two decimals. */
    private static final Pattern AMOUNT_START = Pattern.compile("\\d[\\d,]*(\\.\\d{0,2})?");
    private static final Pattern AMOUNT_PART = Pattern.compile("^[+-]?[\\d,，.]+$");
    private static final Pattern DOC_NUMBER = Pattern.compile(
            "[【〔\\[（(]\\s*(?:19|20)\\d{2}\\s*[】〕\\]）)]|(?:19|20)\\d{2}年?\\s*\\d*\\s*号|\\d+号[）)]?$|《[^》]+》");
    private static final Pattern BASIS_WORD = Pattern.compile(
            "确定|批示|问卷|调查|文件|方案|标准|规定|办法|通知|意见|协议|任务|考核|测算|计划|要求|政策|规划|合同|会议"
                    + "|纪要|决定|预算|统计|年报|经验|历史|行业|依据|指南|目录|清单|标书|领导|人数");
    private static final Pattern PERIOD = Pattern.compile(
            "^(?:\\d{1,2}月(?:底|末|份)?|\\d{1,2}-\\d{1,2}月|第?[一二三四1-4]季度|[一二三四1-4]季度末?|上半年|下半年|全年|年底|年中"
                    + "|\\d{1,2}月\\d{1,2}日)$");

    /** How indicator names and pieces of taxonomy names end (及时率, 满意度, 人数, 可持续性, 满意度指). */
    private static final Pattern NAME_OR_LEVEL_END = Pattern.compile("[率度数量性指标]$");
    private static final Pattern QUALITATIVE = Pattern.compile(
            "有效|明显|持续|不断|逐步|稳步|显著|健全|完善|提升|提高|改善|增强|稳定|长期|长效|达标|合格|良好|向好|降低|减少|增加|增长"
                    + "|减轻|缓解|保障|巩固|规范|满意|及时|无|零|杜绝|未发生|按时|按期|全部|全面|完成|落实|得到|实现|覆盖|清零"
                    + "|平衡|结余|可控|优良|较好|较高|有序|整洁");

    /** The one unit of several characters. */
    private static final String WORKDAY = "工作日";
    /**
     * Characters of measuring units (元/平方米, 人次, 万亩次, 元/生·年); a name glued to a number is not a unit. 工作 is
     * no unit but in 工作日 ({@link #unitChars}): 年度工作 is the start of a basis (年度工作计划).
     */
    private static final String UNIT_CHARS = "%‰％元角万亿千百十个人次户家所套台册篇场起年月日天时小分钟秒亩平方立米公里千克吨斤两株棵眼"
            + "座辆份项件间张只头条处批期班周学课等级点倍生床位口宗例名组队支艘架栋幢孔顷度瓦伏升毫厘微秩单元车"
            + "吨标煤户级星轮盏套根片块包箱袋瓶剂针盒枚所园村镇乡区县校医所站室馆";

    private Shapes() {
    }

    static String compact(String s) {
        return s.replaceAll("\\s+", "");
    }

    /**
     * Whether a level-2 name belongs under a level-1 name in the indicator taxonomy (产出: 数量/质量/时效/成本;
     * 效益: 经济/社会/生态效益, 可持续影响; 满意度: its kinds; 成本 as a level 1: 经济/社会/生态环境成本), or either
     * is not a taxonomy name.
     */
    static boolean under(String level2, String level1) {
        String l2 = compact(level2);
        String l1 = compact(level1);
        if (!LEVEL2.contains(l2) || !LEVEL1.contains(l1)) {
            return true;
        }
        return switch (l1) {
            case "产出指标" -> Set.of("数量指标", "质量指标", "时效指标", "成本指标").contains(l2);
            case "效益指标" -> l2.endsWith("效益指标") || l2.equals("可持续影响指标");
            case "满意度指标" -> l2.endsWith("满意度指标");
            case "成本指标" -> l2.endsWith("成本指标") && !l2.equals("成本指标");
            default -> true;
        };
    }

    static boolean isLevel1(String s) {
        return LEVEL1.contains(compact(s));
    }

    static boolean isLevel2(String s) {
        return LEVEL2.contains(compact(s));
    }

    static boolean isTaxonomy(String s) {
        return isLevel1(s) || isLevel2(s);
    }

    /** Whether {@code s} ends a taxonomy name and is none itself ("标", "意度指标": a wrap's rest; not 效益指标). */
    static boolean taxonomyRest(String s) {
        String c = compact(s);
        return !c.isEmpty() && !isTaxonomy(c) && Stream.concat(LEVEL1.stream(), LEVEL2.stream())
                .anyMatch(n -> n.endsWith(c) && n.length() > c.length());
    }

    /** The one name of {@code names} that {@code s} starts (a name cut by a page break), else {@code s}. */
    static String completed(String s, Set<String> names) {
        String c = compact(s);
        List<String> starting = c.isEmpty() ? List.of() : names.stream().filter(n -> n.startsWith(c)).toList();
        return starting.size() == 1 ? starting.get(0) : s;
    }

    /** Whether {@code s} is the beginning of a taxonomy name (a level cell cut by a wrap). */
    static boolean taxonomyPrefix(String s) {
        return startsName(s, LEVEL2) || startsName(s, LEVEL1);
    }

    /** Whether {@code s} is the beginning of one of {@code names}. */
    static boolean startsName(String s, Set<String> names) {
        String c = compact(s);
        return !c.isEmpty() && names.stream().anyMatch(n -> n.startsWith(c));
    }

    /** A number with an optional comparison sign and unit: ≥95%, 5.87 万元, ≤180元/平方米, 0起. */
    static boolean numericValue(String s) {
        String t = s.strip();
        if (t.isEmpty() || t.length() > 24 || !NUMERIC_VALUE.matcher(t).matches() || docNumber(t)) {
            return false;
        }
        String unit = t.replaceFirst("^\\D*?[+-]?\\d[\\d,]*(\\.\\d+)?\\s*", "").replaceAll("[\\s/·]", "");
        return unit.length() <= 6 && unitChars(unit.replaceAll("[\\x00-\\x7f]", ""));
    }

    static boolean deadline(String s) {
        return DEADLINE.matcher(compact(s)).matches();
    }

    static boolean docNumber(String s) {
        return DOC_NUMBER.matcher(s).find();
    }

    static boolean basisWord(String s) {
        return BASIS_WORD.matcher(s).find();
    }

    static boolean amount(String s) {
        return AMOUNT.matcher(compact(s).replace('，', ',')).matches();
    }

    /** A piece of an amount cut by a wrap: digits, commas and points only ("1,295,90", ".00"). */
    static boolean amountPart(String s) {
        return AMOUNT_PART.matcher(compact(s)).matches();
    }

    /** An amount written with two decimals ("1,295.00", "990.00"). */
    static boolean cents(String s) {
        return CENTS.matcher(s).matches();
    }

    /** The start of an amount as a wrap may cut it: digits (thousands separators), a point, up to two decimals. */
    static boolean amountStart(String s) {
        return AMOUNT_START.matcher(s).matches();
    }

    static boolean placeholder(String s) {
        return compact(s).matches("[-—–/／\\\\]+|无|空|不适用");
    }

    static boolean period(String s) {
        return PERIOD.matcher(compact(s)).matches();
    }

    /** A comparison sign or 定性/定量, the content of a 指标性质 column. */
    static boolean op(String s) {
        return compact(s).matches("≥|≤|>=|<=|>|<|＞|＜|=|＝|≧|≦|定性|定量|大于等于|小于等于|大于|小于|等于|不低于|不高于|不少于"
                + "|不多于|不超过|正向|反向");
    }

    /**
     * A measuring unit: short, no digits but a per-how-many after a slash, no word of a basis (%, 元, 万元/亩, 人次,
     * /10万, 例/10万人; not 预算支出标准).
     */
    static boolean measureUnit(String s) {
        String c = compact(s);
        boolean digits = c.matches(".*\\d.*") && !PER_MANY.matcher(c).matches();
        return !c.isEmpty() && c.length() <= 8 && !digits && !isTaxonomy(c) && !basisWord(c);
    }

    /** A document number that opens with its issuer (<issuer>【<year>】<n>号, <issuer><year>年<n>号) or a title in 《》. */
    static boolean issuedNumber(String c) {
        return c.matches("^《[^》]+》.*") || c.matches("^\\p{IsHan}{2,6}[【〔\\[（(]?\\s*(?:19|20)\\d{2}.*");
    }

    /** Text made only of measuring-unit characters: the tail of a wrapped value (元/生·年), not a name. */
    /**
     * Whether a word after a number starts with a unit and goes on past it after a bracket or a stop ("平方米（含…",
     * "公里，…"): a measure within running text, which a layout tool spaced from the CJK around it; no cell is
     * parted there (a value cell's unit ends its cell).
     */
    static boolean measureInProse(String word) {
        for (int i = 1; i < word.length() && i <= MAX_UNIT; i++) {
            if (PROSE_AFTER_UNIT.indexOf(word.charAt(i)) >= 0 && unitOnly(word.substring(0, i))) {
                return true;
            }
        }
        return false;
    }

    static boolean unitOnly(String s) {
        String c = compact(s);
        return !c.isEmpty() && c.length() <= 6 && unitChars(c.replaceAll("[/·%]", ""));
    }

    /**
     * Whether a piece is a unit cut by its line's end within 工作日, the one unit of several characters, after one
     * unit character at most ("个工" of 个工作日, its rest "作日" on a line below; not "年度工", a basis's start).
     */
    static boolean cutUnit(String s) {
        String c = compact(s);
        for (int k = WORKDAY.length() - 1; k > 0; k--) {
            if (c.endsWith(WORKDAY.substring(0, k))) {
                return c.length() - k <= 1 && unitOnly(c + WORKDAY.substring(k));
            }
        }
        return false;
    }

    /** Whether every character is a unit's ({@link #UNIT_CHARS}), 工作日 counted as one unit. */
    private static boolean unitChars(String s) {
        String t = s.replace(WORKDAY, "日");
        return t.chars().allMatch(ch -> UNIT_CHARS.indexOf(ch) >= 0);
    }

    /**
     * A line that reads as a whole qualitative value: a short phrase that opens with a word of appraisal and does
     * not end like an indicator's name (不断缩小, 明显提升; not 满意度, 及时率).
     */
    static boolean qualitativePhrase(String c) {
        return c.length() <= 6 && QUALITATIVE.matcher(c).lookingAt() && !NAME_OR_LEVEL_END.matcher(c).find();
    }

    /** A qualitative value: a short phrase of appraisal (有效提升, 持续向好, 健全完善). */
    static boolean qualitative(String c) {
        return c.length() <= 6 && QUALITATIVE.matcher(c).find();
    }

    static boolean hasCjk(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.HAN) {
                return true;
            }
        }
        return false;
    }
}
