package jixiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the rows of an indicator grid in space-aligned text start and end when no blank line parts them: rows a page
 * break cut (the first lines of their cells end one page, the rest start the next under its repeated column header),
 * rows of qualitative values two lines apart.
 */
class GridRowsTest {
    /**
     * The rest of a row whose value stayed on the page before ("确率" / "放到位的比例" / "目") is that row's, not the
     * next row's: the next row, a whole row, is aligned as the grid's rows are (centred on its value).
     */
    @Test
    void theRestOfARowCutAboveTheNextRowGoesBackToIt(@TempDir Path dir) throws Exception {
        assertEquals(CUT_ROWS, LayoutTextTest.indicatorRows(dir, CUT_FIRST + "\f" + CUT_NEXT));
    }

    /** The same pages printed without a form feed between them (pdftotext -layout -nopgbrk): the header tells. */
    @Test
    void theRestOfARowCutByAPageBreakNotPrintedGoesBackToIt(@TempDir Path dir) throws Exception {
        assertEquals(CUT_ROWS, LayoutTextTest.indicatorRows(dir, CUT_FIRST + "\n" + CUT_NEXT));
    }

    private static final String CUT_FIRST = String.join("\n",
            "1.医疗救助项目绩效目标表",
            " 项目名称                  医疗救助",
            "         预算数    1739.00",
            "",
            "                                                         指标值确定",
            "一级指标    二级指标   三级指标           指标描述             指标值",
            "                                                           依据",
            "产出指标 数量指标      参保人数           参保人数             28万人      单位确定项目",
            "",
            "               资金发放准      资金足额、准确发               100%    单位确定项",
            "");
    private static final String CUT_NEXT = String.join("\n",
            "一级指标   二级指标   三级指标      指标描述     指标值     指标值确定依据",
            "               确率      放到位的比例               目",
            "              补助资金拨",
            "       时效指标           补助资金拨付时间   12月底前    计划标准",
            "               付时间",
            "       成本指标   补助资金      补助资金     1739万元   行业标准",
            "");
    private static final List<String> CUT_ROWS = List.of(
            "参保人数|参保人数|28万人|单位确定项目",
            "资金发放准确率|资金足额、准确发放到位的比例|100%|单位确定项目",
            "补助资金拨付时间|补助资金拨付时间|12月底前|计划标准",
            "补助资金|补助资金|1739万元|行业标准");

    /**
     * Two qualitative values two lines apart ("有效提升" / "明显改善"): where another column's upper line had room for
     * the lower line's first word, the lower line starts the next row; a one-line cell centred between two lines of
     * a value keeps them one value.
     */
    @Test
    void valuesTwoLinesApartAreTwoRowsWhereAnotherColumnHadRoom(@TempDir Path dir) throws Exception {
        String text = String.join("\n",
                "1.教师培训项目绩效目标表",
                "项目名称                                  教师培训",
                "预算金额        36.74",
                "一级指标   二级指标        三级指标           指标描述                   指标值       指标值设定依据",
                "产出指标   成本指标        培训经费              培训经费                   12万元          单位确定项目",
                "                  教师专业素质    教师专业素养和教育教学能力                 有效提升       枣财教〔2023〕78号",
                "       社会效益指",
                "效益指标     标      群众生活条件    改善群众生产生活条件                  明显改善       枣财教〔2023〕78号",
                "                  改善群众生                                   改善群众生",
                "                            改善群众生产生活条件                               枣财教〔2023〕78号",
                "                  产生活条件                                   产生活条件",
                "");
        assertEquals(List.of("培训经费|培训经费|12万元|单位确定项目", "教师专业素质|教师专业素养和教育教学能力|有效提升|枣财教〔2023〕78号",
                "群众生活条件|改善群众生产生活条件|明显改善|枣财教〔2023〕78号",
                "改善群众生产生活条件|改善群众生产生活条件|改善群众生产生活条件|枣财教〔2023〕78号"), LayoutTextTest.indicatorRows(dir, text));
    }

    /**
     * Cells ending on their row's line (a 指标性质 column anchors each row on one line): the lines above a row's line
     * may go with the row above or with this one; a line with room left for the next line's first word ends its cell
     * ("工资福利数量" over "按照年度计划完成的建设任务数"), so those lines are the next row's.
     */
    @Test
    void aLineWithRoomLeftEndsItsRowsCell(@TempDir Path dir) throws Exception {
        String text = String.join("\n",
                "1.乡村医生补助项目绩效目标表",
                "项目名称                           乡村医生补助",
                "预算金额        36.74",
                "一级指标    二级指标        三级指标         指标性质        指标值       度量单位     指标值确定依据",
                "                   工资福利数量          =             6      万元         人数",
                "               按照年度计划完成的建设任务数",
                "               量占计划任务总数的比例（含上",
                "                   年结转任务）          =             100     %       预算支出标准",
                "产出指标    数量指标        补助标准           =             445   元/人·月     上级文件要求",
                "");
        assertEquals(List.of("工资福利数量", "按照年度计划完成的建设任务数量占计划任务总数的比例（含上年结转任务）", "补助标准"),
                LayoutTextTest.indicatorRows(dir, text).stream().map(r -> r.substring(0, r.indexOf('|'))).toList());
    }

    /**
     * A basis printed over more lines than the rest of its row starts lines above the row's other cells (cells at
     * the foot of their rows): the row is still read cell by cell from left to right.
     */
    @Test
    void aRowIsReadLeftToRightThoughACellStartsAboveTheOthers(@TempDir Path dir) throws Exception {
        String text = String.join("\n",
                "1.河湖治理项目绩效目标表",
                " 项目名称                  河湖治理",
                "         预算数    1739.00",
                "",
                "一级指标 二级指标  三级指标       指标描述         指标值      指标值确定依据",
                "",
                "           治理河道长                            巨财农【2023】",
                "产出指标 数量指标  度          治理河道长度       12公里     43号",
                "",
                "                                            《关于下达2024年省",
                "                                            级财政地下水超采综合",
                "效益指标 生态效益  浅层地下水                            治理资金的通知》（冀",
                "      指标   位回升幅度      浅层地下水位回升幅度   ≥1.2米    财农【2023】69号）",
                "");
        assertEquals(List.of("治理河道长度|治理河道长度|12公里|巨财农【2023】43号",
                "浅层地下水位回升幅度|浅层地下水位回升幅度|≥1.2米|《关于下达2024年省级财政地下水超采综合治理资金的通知》（冀财农【2023】69号）"),
                LayoutTextTest.indicatorRows(dir, text));
    }

    /**
     * Each project's table on a page of its own, printed without form feeds: the next project's title ends the grid
     * above it, so the last row, its cells wrapped around a value on their middle line, keeps its value and basis,
     * and the title (numbered, wrapped with a blank line between) takes nothing of that row.
     */
    @Test
    void theNextProjectsTitleEndsAGridPrintedWithoutFormFeeds(@TempDir Path dir) throws Exception {
        String first = String.join("\n",
                "1.村级服务项目绩效目标表",
                " 项目名称                  村级服务",
                "         预算数    12.00",
                "",
                "                                                          指标值确定",
                "一级指标        二级指标        三级指标       绩效指标描述          指标值",
                "                                                          依据",
                "产出指标        数量指标        服务村数       服务村数            6个      单位确定项目",
                "                       受益建档",
                "满意度指        服务对象满       立卡贫困       受益建档立卡贫",
                "                                                  ≥95%     调查问卷",
                "标           意度指标        户满意        困户满意度",
                "                       度",
                "");
        String next = String.join("\n",
                "2.县级衔接推进乡村振兴资金-乡村基础设施",
                "",
                "         建设项目绩效目标表",
                "475001某县某局本级                                    单位：万元",
                " 项目名称                  乡村基础设施建设",
                "         预算数    89.55",
                "",
                "一级指标        二级指标        三级指标       绩效指标描述          指标值    指标值确定依据",
                "产出指标        数量指标        硬化道路       硬化道路            5公里    单位确定项目",
                "");
        List<String> rows = List.of("服务村数|服务村数|6个|单位确定项目", "受益建档立卡贫困户满意度|受益建档立卡贫困户满意度|≥95%|调查问卷");
        assertEquals(rows, LayoutTextTest.indicatorRows(dir, first + "\f" + next));
        assertEquals(rows, LayoutTextTest.indicatorRows(dir, first + next));
        assertEquals("县级衔接推进乡村振兴资金-乡村基础设施建设项目绩效目标表",
                LayoutTextTest.projects(dir, first + next).get(1).title());
    }
}
