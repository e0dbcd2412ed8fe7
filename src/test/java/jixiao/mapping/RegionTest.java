package jixiao.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The region a department's name starts with: a county or district, else a city, prefecture or league. */
class RegionTest {
    @Test
    void aCountyOrDistrictComesFirst() {
        assertEquals("巨鹿县", MetadataMapper.region("巨鹿县乡村振兴局"));
        assertEquals("郑州市金水区", MetadataMapper.region("郑州市金水区教育局"));
    }

    @Test
    void aCityWhoseNameEndsIn州IsWhole() {
        assertEquals("崇州市", MetadataMapper.region("崇州市乡村振兴局"));
        assertEquals("杭州市", MetadataMapper.region("杭州市财政局"));
        assertEquals("甘孜州", MetadataMapper.region("甘孜州林业和草原局"));
        assertEquals("锡林郭勒盟", MetadataMapper.region("锡林郭勒盟农牧局"));
    }
}
