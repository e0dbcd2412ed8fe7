package jixiao.mapping;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line above a project table naming the unit and the amount unit: "<unit code><unit name>　单位：万元",
 * "编制单位：<unit name>　金额单位：元".
 */
record UnitLine(String code, String name, String amountUnit) {
    private static final Pattern LINE = Pattern.compile(
            "^\\s*(?:(?:编制|预算)?单位(?:名称)?\\s*[：:])?\\s*(\\d{3,})?\\s*(.*?)\\s*(?:金额|计量)?单位\\s*[：:]\\s*(\\S+)\\s*$");

    static Optional<UnitLine> parse(String text) {
        Matcher m = LINE.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new UnitLine(m.group(1), ProjectMapper.emptyToNull(m.group(2)), m.group(3)));
    }
}
