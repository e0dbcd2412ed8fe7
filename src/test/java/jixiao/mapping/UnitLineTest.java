package jixiao.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class UnitLineTest {
    @Test
    void codeNameAndUnit() {
        UnitLine u = UnitLine.parse("475001巨鹿县乡村振兴局本级 单位：万元").orElseThrow();
        assertEquals("475001", u.code());
        assertEquals("巨鹿县乡村振兴局本级", u.name());
        assertEquals("万元", u.amountUnit());
    }

    @Test
    void labelledUnitAndAmountUnit() {
        UnitLine u = UnitLine.parse("编制单位：某县交通运输局   金额单位：元").orElseThrow();
        assertNull(u.code());
        assertEquals("某县交通运输局", u.name());
        assertEquals("元", u.amountUnit());
    }

    @Test
    void amountUnitOnly() {
        UnitLine u = UnitLine.parse("单位：万元").orElseThrow();
        assertNull(u.code());
        assertNull(u.name());
        assertEquals("万元", u.amountUnit());
    }
}
