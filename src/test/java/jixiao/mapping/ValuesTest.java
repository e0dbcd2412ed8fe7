package jixiao.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import jixiao.model.Target;

/** Value parsing as OUTPUT.md defines it: printed numbers, ops and units; dates and text are qualitative. */
class ValuesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "≥95%|>=|95|%",
        "≤20个工作日|<=|20|个工作日",
        "100%|=|100|%",
        "5.87 万元|=|5.87|万元",
        "1,295,903元|=|1295903|元",
        "≥6批次/千人|>=|6|批次/千人",
        "＜5%|<|5|%",
        "≤13/10万|<=|13|/10万",
        "3万人|=|3|万人",
        "1年|=|1|年",
        "534元/人·月|=|534|元/人·月",
        "≤0%|<=|0|%",
        "≤0.5万m3|<=|0.5|万m3",
        "≥2023年|>=|2023|年",
    })
    void numericValues(String printed, String op, String number, String unit) {
        Target t = Values.target(printed);
        assertEquals(op, t.op());
        assertEquals(0, new BigDecimal(number).compareTo(t.number()), printed);
        assertEquals(unit, t.unit());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"12月底前", "12月底", "9月底", "2023年6月", "11月底前", "持续向好", "带动增加贫困人口全年总收入",
        "有效提升", "14号", "14号入", "2023年", "2022年度", "99.00万元62%", "192公里2029", "≥98%巨财农38万元"})
    void qualitativeValues(String printed) {
        assertNull(Values.target(printed));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"1,295,903.00|1295903.00", "5.87|5.87", "4985.92|4985.92", "78万元|78",
        "331,700.00|331700.00"})
    void amounts(String printed, String expected) {
        assertEquals(new BigDecimal(expected), Values.amount(printed).orElseThrow());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {" ", "—", "无", "约5万", "5.87%"})
    void notAmounts(String printed) {
        assertTrue(Values.amount(printed).isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"1.保证系统稳定|1|保证系统稳定", "一、加强组织领导|1|加强组织领导",
        "（三）加强宣传|3|加强宣传", "3.2024年重大传染病防控|3|2024年重大传染病防控", "十二、其他|12|其他",
        "2，做好宣传|2|做好宣传"})
    void numbering(String text, int no, String rest) {
        Numbering.Numbered n = Numbering.parse(text).orElseThrow();
        assertEquals(no, n.no());
        assertEquals(rest, n.rest());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"5.87 万元", "2023年巨鹿县", "防贫预警", "1,295,903.00", "431,830.30 248,398.54"})
    void notNumbered(String text) {
        assertTrue(Numbering.parse(text).isEmpty());
    }
}
