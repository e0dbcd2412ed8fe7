package jixiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import jixiao.model.Indicator;
import jixiao.text.LayoutText.Cell;
import jixiao.text.LayoutText.Chunk;

/**
 * Narrow grids of space-aligned text whose basis column the layout tool set askew, and level names a page break cut
 * (real generated documents, {@code pages/} beside this class: pdftotext -layout of the dev golds' content laid out
 * anew): a document number wrapped over three lines with its year in the value column or cut before its 号, a 定性
 * sign with a basis beside it and its value wrapped around its line, a year one autospace after a value, a level-1
 * and a level-2 piece one space apart, the last group's names cut by the page break, two rows' values a line
 * apart, a value and its basis set a column left together, a value set right in the basis column beside its
 * basis, a basis's lines set in the value column around a pushed one, a value and its basis's words set a column
 * left, the next row's value aligned under a basis, a value and its basis one space apart, and one-line cells of a
 * band of rows the tool set left of their columns, a sign one space after its row's name, a value one space
 * before its basis's year, and a description's last line touching the next row's name.
 */
class AskewBasisTest {
    /**
     * One row of each page as "二级指标|三级指标|指标值|依据", and the page's first project's row count: a year between
     * its issuer and serial is the basis's line, not the value; 定性 with a basis beside it stands alone, its value
     * wrapped around it; an autospaced year starting the basis column is the basis's; a serial cut before its 号 keeps
     * its row whole; a value under the line where the next row's cells start is the next row's; a value and its
     * basis set a column left together go back; a value set as far right as the basis beside it ("95年     考核", the
     * value column empty on its line) is its row's value, not the end of the basis above it; a basis whose first
     * and last lines the tool set in the value column follows its middle line, pushed into the basis column; words
     * ending a value's line set a column left with it are its basis; the next row's value aligned under a basis,
     * where the next row's cells start, is that row's; a value and its basis one space apart are two cells; a
     * one-line cell of a band of rows set left ranks among the lines just above and below it; a sign one space after
     * its row's name is the row's 指标性质, and a value one space before its basis's year is the row's; a sign grid's
     * cells stand in their columns (its unit column may be empty beside them); a description's last line touching
     * the next row's name stays the description's.
     */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "basis-year-between-issuer-and-serial.txt; 8; 2; 时效指标|资金发放准时率|100%|冀财农2022年160号",
        "basis-year-between-issuer-and-serial.txt; 8; 3; 成本指标|中央财政衔接资金成本|3585.08 万元|县委、县政府确定",
        "qualitative-sign-beside-its-basis.txt; 9; 2; 质量指标|合格率|90|巨财农【2022】43号",
        "qualitative-sign-beside-its-basis.txt; 9; 3; 时效指标|救助资金结算及时率|11月底前|巨财农【2022】43号",
        "qualitative-sign-beside-its-basis.txt; 9; 4; 时效指标|资金发放准时率|12月底|防贫补充保险协议",
        "autospaced-basis-year-and-cut-level-names.txt; 8; 5; 可持续影响指标|长效管理机制|长效运行|冀财农2022年160号",
        "basis-serial-cut-before-its-number-sign.txt; 11; 7; 社会效益指标|信息化教学普及率"
                + "|受益群众生产生活条件得到明显改善，获得感、幸福感、安全感进一步增强|枣财教〔2021〕78号",
        "qualitative-rows-a-line-apart.txt; 11; 7; 社会效益指标|应急信息发布能力|改善群众生产生活条件|单位确定项目",
        "qualitative-rows-a-line-apart.txt; 11; 8; 生态效益指标|化肥农药使用量|明显改善|赞财农〔2022〕172号",
        "value-and-basis-pushed-left-together.txt; 10; 2; 数量指标|购置64排CT|≥31253人次|冀财农2022年160号",
        "value-set-in-the-basis-column-beside-its-basis.txt; 7; 3; 成本指标|医疗救助资金|20,893,772元|县委、县政府确定",
        "value-set-in-the-basis-column-beside-its-basis.txt; 7; 4; 可持续影响指标|可持续性|95年|考核",
        "value-set-in-the-basis-column-beside-its-basis.txt; 7; 6; 服务对象满意度指标|学生家长满意度|≥80%|问卷调查",
        "basis-lines-set-in-the-value-column-beside-a-pushed-line.txt; 8; 0; 数量指标"
                + "|65岁及以上老年人城乡社区规范健康管理服务率|80公里|赞财农【2022】42号",
        "value-and-basis-words-set-a-column-left.txt; 8; 4; 成本指标|中央财政衔接资金成本|100.00万元|县领导批示",
        "next-rows-value-aligned-under-a-basis.txt; 9; 5; 成本指标|中央财政衔接资金成本|4504万元|相关政策文件",
        "next-rows-value-aligned-under-a-basis.txt; 9; 6; 生态效益指标|水土流失治理|负增长|null",
        "value-and-basis-one-space-apart.txt; 28; 17; 时效指标|教科书发放时间|11月底前|行业标准",
        "value-and-basis-one-space-apart.txt; 28; 18; 成本指标|运维服务费|≤1839元/亩|县领导批示",
        "one-line-cells-of-a-band-set-left.txt; 7; 3; 成本指标|建档立卡贫困户贷款申请满足率|≤448元/人|县领导批示",
        "one-line-cells-of-a-band-set-left.txt; 7; 5; 社会效益指标|改善群众生产生活条件|明显提升|枣财教〔2021〕5号",
        "sign-one-space-after-its-name.txt; 8; 0; 数量指标|购置64排CT|12|null",
        "sign-one-space-after-its-name.txt; 8; 1; 质量指标|乡村振兴工作经费发放情况|100|单位确定项目",
        "value-and-basis-year-one-space-apart.txt; 7; 0; 数量指标|铺设地埋PE管道|≥121次|冀财农2022年160号",
        "value-and-basis-year-one-space-apart.txt; 7; 1; 质量指标|农田防护林成活率|≥85%|冀财农2022年160号",
        "sign-grid-name-cut-around-its-sign-line.txt; 7; 4; 可持续影响指标|工程设计使用年限|健全|冀财行【2023】134号",
        "description-end-touching-the-next-rows-name.txt; 8; 5; 可持续影响指标|经费保障机制|≥25年|巨财农【2022】43号",
    })
    void rowsOfAskewPages(String page, int count, int index, String expected, @TempDir Path dir) throws Exception {
        List<Indicator> rows = indicators(dir, page);
        assertEquals(count, rows.size());
        Indicator i = rows.get(index);
        assertEquals(expected, String.join("|", i.level2(), i.level3(), i.value(), i.basis()));
    }

    /** The descriptions of rows whose value or basis went askew stay their own (and none is made up). */
    @Test
    void descriptionsOfAskewRows(@TempDir Path dir) throws Exception {
        assertEquals("教师常态化使用信息化手段开展教学的比例",
                indicators(dir, "basis-serial-cut-before-its-number-sign.txt").get(7).description());
        assertNull(indicators(dir, "value-and-basis-pushed-left-together.txt").get(2).description());
        assertEquals("城乡统一、重在农村的义务教育经费保障机制",
                indicators(dir, "description-end-touching-the-next-rows-name.txt").get(5).description());
    }

    /**
     * The last group's level-1 and level-2 names ("满意度 服务对象" one space apart, their rests on the next page)
     * are two names, and the taxonomy places the groups above them: 时效指标 and 成本指标 stay under 产出指标.
     */
    @Test
    void levelNamesCutByAPageBreakKeepTheGroupsByTheTaxonomy(@TempDir Path dir) throws Exception {
        List<String> levels = indicators(dir, "autospaced-basis-year-and-cut-level-names.txt").stream()
                .map(i -> i.level1() + "|" + i.level2()).toList();
        assertEquals(List.of("产出指标|数量指标", "产出指标|数量指标", "产出指标|质量指标", "产出指标|时效指标", "产出指标|成本指标",
                "效益指标|可持续影响指标", "效益指标|社会效益指标", "满意度指标|服务对象满意度指标"), levels);
    }

    /** Where a document number was cut in its number: after its year over 年 and its serial, before its 号. */
    @ParameterizedTest
    @CsvSource({"甲财乙2022, 年160号, true", "甲财乙2022, 160号, false", "12022, 年160号, false",
        "甲财乙〔2021〕78, 号, true", "甲乙78, 号, false", "【2022】4, 3号, true", "【2022】4, 3个, false"})
    void cutNumbers(String upper, String lower, boolean cut) {
        assertEquals(cut, CellEnds.cutNumber(upper, lower));
    }

    /**
     * Where a chunk parts into a value and its basis one space after it: words or a document number's year after a
     * whole value; not a value's own unit or the rest of an autospaced date.
     */
    @ParameterizedTest
    @CsvSource({"≤1839 元/ 县领导批, 8", "100.00 万元 县领导批示, 9", "≥121次 2022年160, 5", "≥85% 〔2021〕5, 4",
        "12 月底前, -1", "45 公里, -1", "≤80 个工, -1", "甲乙 丙丁, -1", "95% 县领导批示 甲, -1"})
    void valueThenWordsPart(String chunk, int at) {
        assertEquals(at, ColumnSplits.valueThenWords(chunk));
    }

    /** A name cut by a page break counts as the one taxonomy name it starts, if one does. */
    @Test
    void cutNamesComplete() {
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

    /**
     * A cell joined over a line where the cells left of it all start, each under a cell ending just above it, parts
     * there ("相关政策文件" over the next row's "负增长"); it stays whole where a cell left of it goes on over the line.
     */
    @Test
    void cellsPartWhereARowStarts() {
        Chunk a = new Chunk("甲乙丙丁", 0, 17, 24);
        Chunk b = new Chunk("甲乙丙丁", 0, 25, 32);
        Chunk basis = new Chunk("相关政策文件", 1, 41, 47);
        Chunk a2 = new Chunk("戊己", 2, 19, 22);
        Chunk b2 = new Chunk("戊己", 2, 27, 30);
        Chunk c = new Chunk("庚辛壬", 3, 20, 26);
        Chunk d = new Chunk("庚辛壬", 3, 30, 36);
        Chunk value = new Chunk("负增长", 3, 43, 46);
        List<Chunk> chunks = List.of(a, b, basis, a2, b2, c, d, value);
        Map<Chunk, Cell> cellOf = cells(List.of(a, a2), List.of(b, b2), List.of(basis, value),
                List.of(c), List.of(d));
        CellBreaks.part(chunks, cellOf);
        assertEquals(List.of(value), cellOf.get(value).chunks);
        assertEquals(List.of(basis), cellOf.get(basis).chunks);

        cellOf = cells(List.of(a, a2, c), List.of(b, b2), List.of(basis, value), List.of(d));
        CellBreaks.part(chunks, cellOf);
        assertEquals(List.of(basis, value), cellOf.get(value).chunks);
    }

    @SafeVarargs
    private static Map<Chunk, Cell> cells(List<Chunk>... cells) {
        Map<Chunk, Cell> out = new HashMap<>();
        for (List<Chunk> chunks : cells) {
            Cell cell = new Cell();
            chunks.forEach(cell::add);
            chunks.forEach(ch -> out.put(ch, cell));
        }
        return out;
    }

    private static List<Indicator> indicators(Path dir, String page) throws Exception {
        return TestPages.projects(dir, page).get(0).indicators();
    }
}
