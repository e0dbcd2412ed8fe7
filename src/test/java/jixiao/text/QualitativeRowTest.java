package jixiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

import jixiao.table.Meaning;

/**
 * Family G (指标性质, 指标值, 度量单位 in columns of their own), pdftotext -raw: a qualitative row (定性) has no unit,
 * and its basis ("预算支出标准", short and without digits like a unit) is read as the basis, not as the unit; a unit
 * per so many ("/10万") is a unit though it holds digits; a value without a number measures nothing, so a unit word
 * on its last line ("生活条" / "件") is still the value's; and a basis whose first line is made of characters that
 * also make units ("年度工作" / "计划": 工作 only in 工作日) is no unit.
 */
class QualitativeRowTest {
    private static final String DOC = String.join("\n",
            "某县某局2025年项目支出绩效目标表",
            "单位：万元",
            "1.示范项目绩效目标表",
            "项目名称 示范项目",
            "项目编码 453832250623601707",
            "一",
            "级",
            "指",
            "标",
            "二",
            "级",
            "指",
            "标 三级指标 指标性质 指标值",
            "度量单",
            "位",
            "指标值确定依",
            "据",
            "产",
            "出",
            "指",
            "标",
            "数",
            "量",
            "指",
            "标",
            "参保人数 = 30 万人",
            "唐财社【202",
            "4】26号",
            "集中培训天数 ≥ 11 天 历史标准",
            "质",
            "量",
            "指",
            "标",
            "驻村工作队工作质量 ≥ 94 %",
            "冀财农2024年",
            "160号",
            "肺结核患者成功治疗率 ≥ 90 % 预算支出标准",
            "时",
            "效",
            "指",
            "标",
            "资金发放准时率 ≥ 94 %",
            "冀财农2024年",
            "160号",
            "筛查任务完成时间 定性 12月底前 行业标准",
            "— 2 —",
            "一",
            "级",
            "指",
            "标",
            "二",
            "级",
            "指",
            "标 三级指标 指标性质 指标值",
            "度量单",
            "位",
            "指标值确定依",
            "据",
            "成",
            "本",
            "指",
            "标",
            "新建改建街道及便道硬化成本（元） ≤ 183",
            "元/平方",
            "米 单位确定项目",
            "单套终端安装成本 ≤ 4,055 元/套 县领导批示",
            "休耕补助标准 = 431 元/亩",
            "赞财农【202",
            "4】42号",
            "效",
            "益",
            "指",
            "标",
            "可",
            "持",
            "续",
            "影",
            "响",
            "指",
            "标",
            "可持续性 ≥ 95 %",
            "冀财农2024年",
            "160号",
            "设备使用年限 ≥ 8 年 计划标准",
            "长效管理机制 定性 健全完善 预算支出标准",
            "孕产妇死亡率 ≤ 11 /10万 行业标准",
            "基本医疗保险参保率 = 92 %",
            "年度工作",
            "计划",
            "群众生活条件",
            "定性",
            "改善群",
            "众生产",
            "生活条",
            "件",
            "县委、县政",
            "府确定",
            "");

    /** The decoded row whose 三级指标 is the given name, with the column roles to read it by. */
    private record Found(List<Meaning> roles, GridDecoder.Row row, String rows) {
        List<String> cell(Meaning m) {
            return row.cells().get(roles.indexOf(m));
        }
    }

    private static Found row(String level3) {
        ProjectText p = DocumentSplitter.split(SourceLines.of(DOC)).projects().get(0);
        List<Meaning> roles = p.columns().roles();
        List<GridDecoder.Row> rows = GridDecoder.decode(roles, Atom.of(p.body()));
        int at = roles.indexOf(Meaning.LEVEL3);
        GridDecoder.Row row = rows.stream().filter(r -> List.of(level3).equals(r.cells().get(at))).findFirst()
                .orElseThrow(() -> new AssertionError(rows.toString()));
        return new Found(roles, row, rows.toString());
    }

    @Test
    void theBasisOfAQualitativeRowIsNoUnit() {
        Found f = row("长效管理机制");
        assertEquals(List.of("预算支出标准"), f.cell(Meaning.BASIS), f.rows());
        assertNull(f.cell(Meaning.MEASURE_UNIT), f.rows());
        assertEquals(List.of("健全完善"), f.cell(Meaning.VALUE), f.rows());
    }

    @Test
    void aValueWithoutANumberHasNoUnitThoughItsLastLineIsAUnitWord() {
        Found f = row("群众生活条件");
        assertEquals(List.of("改善群", "众生产", "生活条", "件"), f.cell(Meaning.VALUE), f.rows());
        assertNull(f.cell(Meaning.MEASURE_UNIT), f.rows());
        assertEquals(List.of("县委、县政", "府确定"), f.cell(Meaning.BASIS), f.rows());
    }

    @Test
    void aBasisStartingWithWordsOfUnitCharactersIsNoUnit() {
        Found f = row("基本医疗保险参保率");
        assertEquals(List.of("%"), f.cell(Meaning.MEASURE_UNIT), f.rows());
        assertEquals(List.of("年度工作", "计划"), f.cell(Meaning.BASIS), f.rows());
    }

    @Test
    void aUnitPerSoManyIsAUnit() {
        Found f = row("孕产妇死亡率");
        assertEquals(List.of("11"), f.cell(Meaning.VALUE), f.rows());
        assertEquals(List.of("/10万"), f.cell(Meaning.MEASURE_UNIT), f.rows());
    }
}
