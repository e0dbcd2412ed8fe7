package jixiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jixiao.model.FundPlanEntry;
import jixiao.model.Project;

/**
 * Text from a document whose producer set a gap between Chinese text and digits or Latin letters (Writer's and Word's
 * autospace), which pdftotext -raw prints as a space like the one between two cells: "2024 年", "3 月底",
 * "购置 64 排 CT 1 台". Constructed from what pdftotext -raw prints of such a PDF.
 */
class AutospacedTextTest {
    private static final String TEXT = String.join("\n",
            "2024 年某县卫生健康局部门预算项目绩效目标",
            "1.医疗设备购置项目（CT、DR 等）绩效目标表",
            "某县卫生健康局 单位：万元",
            "项目编码 13112724P0018T251Q847",
            "项目名称 医疗设备购置项目（CT、DR 等）",
            "预算规模及资金用途 预算数 267.00 其中：财政资金 267.00 其他资金",
            "购置 64 排 CT 和 DR 设备",
            "资金支出计划（%） 3 月底 6 月底 10 月底 12 月底",
            "50.00 67.00 100.00 50.00",
            "绩效目标 1.提高县域内就诊率。",
            "一级指标 二级指标 三级指标 指标值 指标值确定依据",
            "产出指标",
            "数量指标",
            "购置 64 排 CT 1 台 某财社〔2023〕12 号",
            "购置 DR 设备 3 台 某财社〔2023〕12 号",
            "质量指标 设备验收合格率 100% 某财社〔2023〕12 号",
            "时效指标 设备采购完成时间 9 月底前 某财社〔2023〕12 号",
            "成本指标 设备购置成本 267 万元 某财社〔2023〕12 号",
            "效益指标 社会效益指标 HIV 抗体检测人次 ≥1924 人 某财社〔2023〕12 号",
            "满意度指标 服务对象满意度指标 患者满意度 ≥90% 调查问卷",
            "");

    @Test
    void toldByDatesPrintedWithTheGap() {
        assertTrue(Autospace.of(TEXT));
        assertFalse(Autospace.of(TEXT.replaceAll("(\\d) ([年月号])", "$1$2")));
        assertFalse(Autospace.of("时效指标 完成时间 12月底前\n预算数 5.87 万元\n可持续性 1 年 县领导批示\n"),
                "one spaced date among unspaced ones: a cell boundary");
        // a tool that printed the serials of document numbers closed up to their 号 (the gap narrow there) but the
        // months with it: the months tell
        String months = "资金支出计划 3 月底 6 月底 10 月底 12 月底\n资金拨付时间 9 月底前 〔2021〕5号\n"
                + "枣财教〔2021〕5号\n枣财教〔2021〕5号\n枣财教〔2021〕5号\n枣财教〔2021〕5号\n枣财教〔2021〕5号\n";
        assertTrue(Autospace.of(months));
        assertFalse(Autospace.of(months.replace(" 月", "月")));
    }

    @Test
    void gapsAreNoPartOfTheText() {
        assertEquals("购置64排CT和DR设备", Autospace.remove("购置 64 排 CT 和 DR 设备"));
        assertEquals("某财社〔2023〕12号", Autospace.remove("某财社〔2023〕12 号"));
        assertEquals("≥1924人", Autospace.remove("≥1924 人"));
        assertEquals("设备验收 合格率", Autospace.remove("设备验收 合格率"), "two Chinese words keep their space");
        assertTrue(Autospace.gap("购置", "64"));
        assertFalse(Autospace.gap("购置", "设备"));
    }

    @Test
    void datesCloseUpKeepingTheColumnsOfSpaceAlignedText() {
        String line = "资金支出计划   3 月底      6 月底      12 月底前  完成";
        String closed = Autospace.closeDates(line, true);
        assertEquals("资金支出计划   3月底       6月底       12月底前   完成", closed);
        assertEquals(line.indexOf("完成"), closed.indexOf("完成"));
        assertEquals("2021年医保经费 3月底", Autospace.closeDates("2021 年医保经费 3 月底", true));
        assertEquals("3月底 6月底", Autospace.closeDates("3 月底 6 月底"));
    }

    @Test
    void onlyWhatADateWordCanCountClosesUpInSpaceAlignedText() {
        // a value one space before the next column's basis: no year 100, no month 13
        String line = "       “防贫预警及管理系统” ≥100 年度工作计";
        assertEquals(line, Autospace.closeDates(line, true));
        assertEquals("13 月度考核  12月底前   31日 2023年    160号",
                Autospace.closeDates("13 月度考核  12 月底前  31 日 2023 年  160 号", true));
        assertEquals("≥100年度工作计", Autospace.closeDates("≥100 年度工作计"), "text in reading order has no columns");
    }

    @Test
    void numbersThatStayWithTheirTextAreMarked() {
        String mark = String.valueOf(Autospace.MARK);
        assertEquals("下达文件后" + mark + "30", Autospace.markTrailingNumbers("下达文件后 30"));
        assertEquals("冀财农" + mark + "2022年160号", Autospace.markTrailingNumbers("冀财农 2022年160号"));
        assertEquals("文件后" + mark + "30    100%", Autospace.markTrailingNumbers("文件后 30    100%"));
        assertEquals("年生均" + mark + "200 1447 元", Autospace.markTrailingNumbers("年生均 200 1447 元"),
                "a bare number one space before a value with its unit is its text's");
        assertEquals("完成率 95 2022年", Autospace.markTrailingNumbers("完成率 95 2022年"), "a value before a year");
        for (String kept : List.of("其他资金 62.00", "完成率 95%", "人数 1832人", "完成时间 12月底前")) {
            assertEquals(kept, Autospace.markTrailingNumbers(kept), "a value one space after its text");
        }
        assertEquals("冀财农2022年160号", Autospace.remove("冀财农" + mark + "2022年160号"));
        assertEquals("   4133 人 2022年", Autospace.markTrailingNumbers("   4133 人 2022年"),
                "a year one gap after a value with its unit is the basis beside it");
        assertEquals("人数  冀财农" + mark + "2022年", Autospace.markTrailingNumbers("人数  冀财农 2022年"));
        // a bare number starting a chunk is its text's first word; before its unit alone it is a value
        assertEquals("   65" + mark + "岁以上人数 65" + mark + "岁以上",
                Autospace.markTrailingNumbers("   65 岁以上人数 65 岁以上"));
        assertEquals("人数   246 家", Autospace.markTrailingNumbers("人数   246 家"));
        assertEquals("维护费数 154 公里\n产出指标   数量", Autospace.markTrailingNumbers("维护费数 154 公里\n产出指标   数量"),
                "a unit ending its line: the next line's words are not its");
        // a number whose unit wrapped under it, the next column's cell one gap on, is a value
        String wrappedUnit = "            1191 项目实施方\n  数量指标  支付对象\n             人     案";
        assertEquals(wrappedUnit, Autospace.markTrailingNumbers(wrappedUnit));
        assertEquals("   65" + mark + "岁以上老年\n   人数", Autospace.markTrailingNumbers("   65 岁以上老年\n   人数"),
                "text under the number is no unit");
    }

    @Test
    void latinWordsBetweenChineseLettersAreMarked() {
        String mark = String.valueOf(Autospace.MARK);
        assertEquals("安装村级" + mark + "IP" + mark + "广  铺设地埋" + mark + "PE" + mark + "管道",
                Autospace.markLatinWords("安装村级 IP 广  铺设地埋 PE 管道"));
        assertEquals("购置 64 排" + mark + "CT   购置 64 排" + mark + "CT",
                Autospace.markLatinWords("购置 64 排 CT   购置 64 排 CT"), "a Latin word ending its chunk");
        assertEquals("HIV 抗体检测人 HIV" + mark + "抗体检测人", Autospace.markLatinWords("HIV 抗体检测人 HIV 抗体检测人"),
                "two cells of one text one space apart");
        assertEquals("购置 64 排" + mark + "CT 购置 64 排 CT 90.00 万元",
                Autospace.markLatinWords("购置 64 排 CT 购置 64 排 CT 90.00 万元"), "the same text starts after the gap");
        for (String kept : List.of("数量指标 CT", "数量指 HIV", "购置 64 排", "质量指标 ≥98%", "IP 广播")) {
            assertEquals(kept, Autospace.markLatinWords(kept), "no Latin word between Chinese letters");
        }
    }

    /**
     * A narrow grid of an autospaced document as pdftotext -layout prints it: a name with a Latin abbreviation set
     * apart by the gaps ("安装村级 IP 广" / "播终端") is one cell, not a name, a description and a value; a row's value
     * set left under the description of a one-line row above it ("≤3,268 元/" under "项目完工时间", whose row has its
     * value "10 月底前") is the next row's.
     */
    @Test
    void aNarrowGridKeepsLatinWordsInTheirCellsAndOneValueARow(@TempDir Path dir) throws Exception {
        String text = String.join("\n",
                "                  1.应急广播体系建设绩效目标表",
                "",
                "637002 威县旅游服务中心      单位：万元",
                "",
                " 项目编码                  13053325P0041L034A91Q",
                " 项目名称                          应急广播体系建设",
                "预算规模及资     预算数        43.00     其中：财政资金    43.00       其他资金",
                "  金用途              建设县级应急广播平台，安装村级 IP 广播终端",
                "资金支出计划     3 月底       6 月底        10 月底    12 月底",
                "  （%）                                      43.00",
                "         1.建成县级应急广播平台。",
                " 绩效目标",
                "         2.实现村级应急广播终端全覆盖",
                "                                                       指标值确定依",
                " 一级指标      二级指标      三级指标        绩效指标描述    指标值",
                "                                                          据",
                "                    安装村级 IP 广 安装村级 IP 广                县委、县政府",
                "           数量指标                            509 套",
                "                      播终端       播终端                      确定",
                "                                                       县委、县政府",
                "           质量指标     终端在线率        终端在线率     ≥98%",
                " 产出指标                                                    确定",
                "           时效指标     项目完工时间       项目完工时间    10 月底前 项目实施方案",
                "                    单套终端安装 单套终端安装成 ≤3,268 元/",
                "           成本指标                              县领导批示",
                "                      成本      本        套",
                "                    应急信息发布 应急信息发布能",
                " 效益指标     社会效益指标                   明显增强                县领导批示",
                "                      能力      力",
                "         服务对象满意度",
                " 满意度指标              群众满意度        群众满意度     ≥91%         调查问卷",
                "            指标",
                "");
        assertEquals(List.of("安装村级IP广播终端|安装村级IP广播终端|509套|县委、县政府确定", "终端在线率|终端在线率|≥98%|县委、县政府确定",
                "项目完工时间|项目完工时间|10月底前|项目实施方案", "单套终端安装成本|单套终端安装成本|≤3,268元/套|县领导批示",
                "应急信息发布能力|应急信息发布能力|明显增强|县领导批示", "群众满意度|群众满意度|≥91%|调查问卷"),
                LayoutTextTest.indicatorRows(dir, text));
    }

    /** A name starting with a number ("65 岁及以上…") keeps it: the number is no value in a column before 指标值. */
    @Test
    void aNumberStartingACellIsTheCellsFirstWord(@TempDir Path dir) throws Exception {
        String text = String.join("\n",
                "                 1.2021 年老年健康服务经费绩效目标表",
                "842001 某县卫生健康局本级                    单位：万元",
                "  项目名称       2021 年老年健康服务经费",
                "预算规模及资金      预算数                    47.00       其中：财政资金     47.00    其他资金",
                "  用途                 开展老年人健康管理",
                " 资金支出计划      3 月底        6 月底          10 月底          12 月底",
                "   （%）                                                47.00",
                "  绩效目标    1.提高老年人健康管理水平",
                "一级指标   二级指标     三级指标            指标描述           指标值         指标值确定依据",
                "                65 岁及以上老年人城乡社区  65 岁及以上老年人城乡",
                "产出指标   数量指标     健康管理率           社区健康管理率        92 处        某卫〔2021〕3 号",
                "       质量指标     设备完好率           设备完好率          ≥98%        某卫〔2021〕3 号",
                "");
        Project p = LayoutTextTest.projects(dir, text).get(0);
        assertEquals(List.of("65岁及以上老年人城乡社区健康管理率|65岁及以上老年人城乡社区健康管理率|92处",
                "设备完好率|设备完好率|≥98%"), p.indicators().stream()
                .map(i -> String.join("|", i.level3(), i.description(), i.value())).toList());
    }

    /**
     * The same document as pdftotext -layout prints it: "2021 年" in a name is no amount of its own, and a bare
     * number ending a description's line ("…文件后 30" over "日内…") is the description's, not a value, and so is a
     * year in a document number ("某医保 2021 年 3 号").
     */
    @Test
    void spaceAlignedAutospacedTextKeepsDatesInTheirCells(@TempDir Path dir) throws Exception {
        String text = String.join("\n",
                "                 1.2021 年医保基金监管经费绩效目标表",
                "842001 某县医疗保障局本级                    单位：万元",
                "  项目名称       2021 年医保基金监管经费",
                "预算规模及资金      预算数                    47.00       其中：财政资金     47.00    其他资金",
                "  用途                 开展定点医药机构检查",
                " 资金支出计划      3 月底        6 月底          10 月底          12 月底",
                "   （%）                                                47.00",
                "  绩效目标    1.实现定点医药机构检查全覆盖",
                "一级指标   二级指标     三级指标            指标描述           指标值         指标值确定依据",
                "产出指标   数量指标     检查机构数量        检查机构数量        ≥50 家          某医保〔2021〕3 号",
                "           时效指标     资金拨付时限        资金在收到文件后 30   100%            某医保 2021 年 3 号",
                "                                  日内拨付的比例",
                "                                                           某医保 2021 年",
                "       成本指标     资金成本          资金成本          12 万元",
                "                                                           5 号",
                "");
        Project p = LayoutTextTest.projects(dir, text).get(0);
        assertEquals("2021年医保基金监管经费", p.name());
        assertEquals(0, new java.math.BigDecimal("47").compareTo(p.budget().total()), p.budget().toString());
        assertEquals(List.of("3月底", "6月底", "10月底", "12月底"),
                p.fundPlan().stream().map(FundPlanEntry::period).toList());
        assertEquals(List.of("检查机构数量|检查机构数量|≥50家|某医保〔2021〕3号",
                "资金拨付时限|资金在收到文件后30日内拨付的比例|100%|某医保2021年3号", "资金成本|资金成本|12万元|某医保2021年5号"),
                p.indicators().stream()
                .map(i -> String.join("|", i.level3(), i.description(), i.value(), i.basis())).toList());
    }

    @Test
    void cellsWithDigitsAndLatinInsideAreReadWhole(@TempDir Path dir) throws Exception {
        Project p = LayoutTextTest.projects(dir, TEXT).get(0);
        assertEquals("医疗设备购置项目（CT、DR等）", p.name());
        assertEquals("医疗设备购置项目（CT、DR等）绩效目标表", p.title());
        assertEquals("购置64排CT和DR设备", p.purpose());
        assertEquals(List.of("3月底", "6月底", "10月底", "12月底"),
                p.fundPlan().stream().map(FundPlanEntry::period).toList());
        assertEquals(List.of("购置64排CT|1台|某财社〔2023〕12号", "购置DR设备|3台|某财社〔2023〕12号",
                "设备验收合格率|100%|某财社〔2023〕12号", "设备采购完成时间|9月底前|某财社〔2023〕12号",
                "设备购置成本|267万元|某财社〔2023〕12号", "HIV抗体检测人次|≥1924人|某财社〔2023〕12号",
                "患者满意度|≥90%|调查问卷"), p.indicators().stream()
                .map(i -> String.join("|", i.level3(), i.value(), i.basis())).toList());
    }
}
