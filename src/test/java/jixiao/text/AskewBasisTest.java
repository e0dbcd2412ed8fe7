package jixiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jixiao.model.Indicator;
import jixiao.text.LayoutText.Chunk;

/**
 * Narrow grids of space-aligned text whose basis column the layout tool set askew, and level names a page break cut
 * (real generated documents, {@code pages/} beside this class: pdftotext -layout of the dev golds' content laid out
 * anew): a document number wrapped over three lines with its year in the value column or cut before its 号, a 定性
 * sign with a basis beside it and its value wrapped around its line, a year one autospace after a value, a level-1
 * and a level-2 piece one space apart, the last group's names cut by the page break, two rows' values a line
 * apart, and a value and its basis set a column left together.
 */
class AskewBasisTest {
    @Test
    void aYearBetweenItsIssuerAndSerialIsTheBasisNotTheValue(@TempDir Path dir) throws Exception {
        List<Indicator> rows = indicators(dir, "basis-year-between-issuer-and-serial.txt");
        assertEquals(8, rows.size());
        assertEquals("时效指标|资金发放准时率|100%|冀财农2022年160号", row(rows.get(2)));
        assertEquals("成本指标|中央财政衔接资金成本|3585.08 万元|县委、县政府确定", row(rows.get(3)));
    }

    @Test
    void aQualitativeSignWithItsBasisBesideItStandsAloneInItsColumn(@TempDir Path dir) throws Exception {
        List<Indicator> rows = indicators(dir, "qualitative-sign-beside-its-basis.txt");
        assertEquals(9, rows.size());
        assertEquals("质量指标|合格率|90|巨财农【2022】43号", row(rows.get(2)));
        assertEquals("时效指标|救助资金结算及时率|11月底前|巨财农【2022】43号", row(rows.get(3)));
        assertEquals("时效指标|资金发放准时率|12月底|防贫补充保险协议", row(rows.get(4)));
    }

    @Test
    void anAutospacedYearStartingTheBasisColumnIsTheBasissLine(@TempDir Path dir) throws Exception {
        List<Indicator> rows = indicators(dir, "autospaced-basis-year-and-cut-level-names.txt");
        assertEquals("可持续影响指标|长效管理机制|长效运行|冀财农2022年160号", row(rows.get(5)));
    }

    /**
     * The last group's level-1 and level-2 names ("满意度 服务对象" one space apart, their rests on the next page)
     * are two names, and the taxonomy places the groups above them: 时效指标 and 成本指标 stay under 产出指标.
     */
    @Test
    void levelNamesCutByAPageBreakKeepTheGroupsByTheTaxonomy(@TempDir Path dir) throws Exception {
        List<Indicator> rows = indicators(dir, "autospaced-basis-year-and-cut-level-names.txt");
        assertEquals(8, rows.size());
        assertEquals("产出指标|时效指标", rows.get(3).level1() + "|" + rows.get(3).level2());
        assertEquals("产出指标|成本指标", rows.get(4).level1() + "|" + rows.get(4).level2());
        assertEquals("效益指标|可持续影响指标", rows.get(5).level1() + "|" + rows.get(5).level2());
        assertEquals("满意度指标|服务对象满意度指标|消费者满意度", String.join("|", rows.get(7).level1(),
                rows.get(7).level2(), rows.get(7).level3()));
    }

    /** A basis cut before the 号 of its serial ("…〔2021〕78" / "号") had no room left: its row is one row. */
    @Test
    void aSerialCutBeforeItsNumberSignKeepsItsRowWhole(@TempDir Path dir) throws Exception {
        List<Indicator> rows = indicators(dir, "basis-serial-cut-before-its-number-sign.txt");
        assertEquals(11, rows.size());
        assertEquals("社会效益指标|信息化教学普及率|受益群众生产生活条件得到明显改善，获得感、幸福感、安全感进一步增强|枣财教〔2021〕78号",
                row(rows.get(7)));
        assertEquals("教师常态化使用信息化手段开展教学的比例", rows.get(7).description());
    }

    /**
     * Two qualitative values a line apart in their column, each between the lines of its row's other cells: the
     * names' cells of the next row start on the line between them, so the lower value is the next row's.
     */
    @Test
    void aValueUnderTheLineWhereTheNextRowsCellsStartIsTheNextRows(@TempDir Path dir) throws Exception {
        List<Indicator> rows = indicators(dir, "qualitative-rows-a-line-apart.txt");
        assertEquals(11, rows.size());
        assertEquals("社会效益指标|应急信息发布能力|改善群众生产生活条件|单位确定项目", row(rows.get(7)));
        assertEquals("生态效益指标|化肥农药使用量|明显改善|赞财农〔2022〕172号", row(rows.get(8)));
    }

    /**
     * A row without a description whose value and basis the tool set a column left each ("≥31253人" under 描述, the
     * basis's first line under 指标值): the value goes back to its column, the basis after it.
     */
    @Test
    void aValueAndItsBasisPushedLeftTogetherGoBack(@TempDir Path dir) throws Exception {
        List<Indicator> rows = indicators(dir, "value-and-basis-pushed-left-together.txt");
        assertEquals(10, rows.size());
        assertEquals("数量指标|购置64排CT|≥31253人次|冀财农2022年160号", row(rows.get(2)));
        assertNull(rows.get(2).description());
    }

    @Test
    void shapes() {
        assertTrue(CellEnds.cutNumber("甲财乙2022", "年160号"));
        assertFalse(CellEnds.cutNumber("甲财乙2022", "160号"));
        assertFalse(CellEnds.cutNumber("12022", "年160号"));
        assertTrue(CellEnds.cutNumber("甲财乙〔2021〕78", "号"));
        assertFalse(CellEnds.cutNumber("甲乙78", "号"));
        assertEquals("满意度指标", Shapes.completed("满意度", Shapes.LEVEL1));
        assertEquals("服务对象满意度指标", Shapes.completed("服务对象", Shapes.LEVEL2));
        assertEquals("效益", Shapes.completed("效益", Shapes.LEVEL2)); // 经济效益指标 … do not start with it
    }

    /** A level-1 piece and a level-2 piece one space apart part at the 一级指标 column's edge; other chunks stay. */
    @Test
    void levelPiecesOneSpaceApartPart() {
        List<Chunk> parted = LevelChunks.parted(List.of(new Chunk("满意度 服务对象", 3, 0, 8),
                new Chunk("产出指标", 5, 0, 4), new Chunk("甲乙 丙丁", 7, 0, 5)), 3);
        assertEquals(List.of("满意度", "服务对象", "产出指标", "甲乙 丙丁"), parted.stream().map(Chunk::text).toList());
        assertEquals(4, parted.get(1).x0());
    }

    private static List<Indicator> indicators(Path dir, String page) throws Exception {
        return LayoutTextTest.projects(dir, read(page)).get(0).indicators();
    }

    private static String row(Indicator i) {
        return String.join("|", i.level2(), i.level3(), i.value(), i.basis());
    }

    private static String read(String name) throws IOException {
        try (InputStream in = AskewBasisTest.class.getResourceAsStream("pages/" + name)) {
            if (in == null) {
                throw new IOException("no test page " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
