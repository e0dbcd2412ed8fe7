package jixiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import jixiao.text.LayoutText.Cell;
import jixiao.text.LayoutText.Chunk;

/**
 * Cells of an indicator grid whose rows follow each other without blank lines (a tool laying out a tight table):
 * lines of two rows' cells in one column touch, so what parts them is how text wraps, not a blank line.
 */
class TightGridCellsTest {
    private static final String[] PAGE = {
        "一级指标  二级指标     三级指标          绩效指标描述         指标值     指标值确定依据",
        "              压减地下水开采量       压减地下水开采量       89 处     巨财",
        "                                                    【2022】",
        "                                                     14 号",
        "             脱贫防贫专项工作经费",
        "                           脱贫防贫专项工作经费发放率    973 套    人数",
        "                发放率",
        "      质量指标    教科书按时到位率       教科书按时到位率               威财教",
        "                                           ≥125 万人",
        "                                                   【2024】",
        "                                              次",
        "                                                    152 号",
        "               工资完成率           工资完成率                 巨财",
        "                                            ≥100%   【2022】",
        "                                                     14 号",
        "                           乡村振兴工作经费发放情况    ≥867 元    巨财",
        "             乡村振兴工作经费发放",
        "                                                    【2022】",
        "                 情况",
        "                                                     14 号",
        "             救助对象认定准确率       救助对象认定准确率      ≥100%    冀财行",
        "                                                    【2023】",
        "                                                     134 号",
    };

    private static List<String> cells() {
        List<List<Chunk>> byLine = PageChunks.of(PAGE);
        return LayoutCells.cells(byLine, LayoutHeaders.find(byLine), -1).stream().map(LayoutText::text).toList();
    }

    /**
     * A wrapped name's short last line ("发放率") had room for the next line's first character: the next line
     * ("教科书按时到位率") starts the next row's cell; so does the line after a name's last line "情况".
     */
    @Test
    void aLineWithRoomForTheNextWordEndsTheCell() {
        List<String> cells = cells();
        assertCells(cells, "脱贫防贫专项工作经费发放率", "教科书按时到位率", "乡村振兴工作经费发放情况", "救助对象认定准确率");
    }

    /**
     * A whole value ("≥100%") does not go on with the next value under it, and a whole document number
     * ("…【2024】152 号", its serial's 号 one space after the digits) does not go on with the next row's issuer.
     */
    @Test
    void aWholeValueOrDocumentNumberEndsTheCell() {
        List<String> cells = cells();
        assertCount(cells, "≥100%", 2);
        assertCells(cells, "≥867 元", "威财教【2024】152 号");
        assertCount(cells, "巨财【2022】14 号", 3);
        assertCells(cells, "冀财行【2023】134 号", "人数");
    }

    /**
     * Rows are anchored by their values; the lines between two values go to the row whose cells they continue: a row
     * holding two cells of one column (as the cells were joined) costs more, so "工资完成率" and the issuer "巨财"
     * under the document number above start the row of "≥100%", not end the row above.
     */
    @Test
    void aRowDoesNotTakeTheNextRowsCells() {
        List<String> lines = LayoutText.toCellOrder(String.join("\n", PAGE) + "\n").lines()
                .filter(l -> !l.isBlank()).toList();
        int at = lines.indexOf("工资完成率 工资完成率");
        assertTrue(at > 0, lines::toString);
        assertEquals("152 号", lines.get(at - 1), lines::toString);
        assertEquals(List.of("≥100%", "巨财", "【2022】", "14 号", "乡村振兴工作经费发放", "情况",
                "乡村振兴工作经费发放情况 ≥867 元", "巨财", "【2022】", "14 号", "救助对象认定准确率 救助对象认定准确率 ≥100%",
                "冀财行", "【2023】", "134 号"), lines.subList(at + 1, lines.size()), lines::toString);
    }

    /**
     * The same rows on a page of their own, going on from a page that ended with the header and one row: the carried
     * header tells where the level columns end, so the rules part this page's cells too. 质量指标, on the line of
     * 教科书按时到位率 and the page's only level name, heads the group the page's foot cuts: the row above it ends the
     * group begun on the page before.
     */
    @Test
    void aGridGoingOnFromThePageBeforeIsPartedLikeTheFirst() {
        String first = String.join("\n", java.util.Arrays.copyOfRange(PAGE, 0, 4));
        String rest = String.join("\n", java.util.Arrays.copyOfRange(PAGE, 4, PAGE.length));
        List<String> lines = LayoutText.toCellOrder(first + "\n\f" + rest + "\n").lines()
                .filter(l -> !l.isBlank()).toList();
        int at = lines.indexOf("14 号"); // the first page's last line; the carried header, then the page's rows
        assertEquals(List.of("脱贫防贫专项工作经费", "发放率", "脱贫防贫专项工作经费发放率 973 套 人数", "质量指标",
                "教科书按时到位率 教科书按时到位率", "≥125 万人", "次", "威财教", "【2024】", "152 号", "工资完成率 工资完成率",
                "≥100%", "巨财", "【2022】", "14 号", "乡村振兴工作经费发放", "情况", "乡村振兴工作经费发放情况 ≥867 元", "巨财",
                "【2022】", "14 号", "救助对象认定准确率 救助对象认定准确率 ≥100%", "冀财行", "【2023】", "134 号"),
                lines.subList(at + 2, lines.size()), lines::toString);
    }

    /**
     * A long basis naming a document (《关于下达…》（赞财农【2022】71号）), centred on its one-line row, reaches up to the
     * line under the row above, whose basis ends a document number ("…172" / "号"): the title starts the next row's
     * basis, it does not go on the number.
     */
    @Test
    void aDocumentsTitleUnderAWholeDocumentNumberStartsTheNextRowsBasis() {
        String page = String.join("\n",
                "一级指标 二级指标 三级指标     绩效指标描述      指标值   指标值确定依据",
                "                                             赞财农",
                "              河湖生态环境    河湖生态环境      明显改善   〔2022〕172",
                "                                               号",
                "                                             《关于下达",
                "       生态效益                                2023年省级财",
                "效益指标",
                "        指标                                 政河湖长制工作",
                "                       因项目实施引发的环境",
                "              环境污染事件                 0起     经费资金的通",
                "                          污染事件",
                "                                            知》（赞财农",
                "                                            【2022】71",
                "                                               号）",
                "");
        List<String> lines = LayoutText.toCellOrder(page).lines().filter(l -> !l.isBlank()).toList();
        int at = lines.indexOf("赞财农");
        assertTrue(at > 0, lines::toString);
        assertEquals(List.of("赞财农", "〔2022〕172", "号"), lines.subList(at, at + 3), lines::toString);
        assertEquals("《关于下达", lines.get(lines.indexOf("0起") + 1), lines::toString);
    }

    /** Asserts that the page's cells hold the text as a cell of its own so many times. */
    private static void assertCount(List<String> cells, String text, int times) {
        assertEquals(times, cells.stream().filter(text::equals).count(), () -> text + " in " + cells);
    }

    /** Asserts that the page's cells hold each of the given texts as a cell of its own. */
    private static void assertCells(List<String> cells, String... texts) {
        for (String t : texts) {
            assertTrue(cells.contains(t), () -> t + " in " + cells);
        }
    }

    private static List<String> cellsOf(String... page) {
        List<List<Chunk>> byLine = PageChunks.of(page);
        return LayoutCells.cells(byLine, LayoutHeaders.find(byLine), -1).stream().map(LayoutText::text).toList();
    }

    /**
     * A value wider than its column ("改善群众生产生活条件", two lines from column 49) runs on under the start of the
     * basis beside it (three lines from column 57, centred alike, so their lines alternate): each line of the basis
     * starts where its first did, the value's left of it; the two stay two cells, not one cell of the lines that
     * touch (pdftotext -layout of a narrow grid).
     */
    @Test
    void aWideValueRunningUnderTheBasisBesideItLeavesTheBasisWhole() {
        List<String> cells = cellsOf(
                "一级",
                "      二级指标          三级指标          绩效指标描述            指标值         确定依",
                "指标",
                "                                                                 据",
                "                                                                巨财农",
                "      成本指标          管护经费           管护经费             41万元        【2022",
                "                                                                】36号",
                "效益                                                       县委、",
                "                                                 改善群众生产生",
                "指标   社会效益指标       因病致贫返贫          因病致贫返贫                 县政府",
                "                                                   活条件",
                "                                                          确定");
        assertCells(cells, "县委、县政府确定", "改善群众生产生活条件");
    }

    /**
     * Right of the level columns no header-block label starts: a basis "单位确定" / "项目" (项目 begins 项目名称 and
     * 项目编码) goes on past the value beside it, set left of its column by a long description.
     */
    @Test
    void aBasisEndingInALabelsFirstWordInTheGridIsOneCell() {
        List<String> cells = cellsOf(
                "一级指                                                                         指标值确",
                "      二级指标       三级指标                     绩效指标描述                    指标值",
                " 标                                                                          定依据",
                "产出指          项目建设内容符合设 项目建设内容、工程质量符合设计文件和",
                "      质量指标",
                " 标           计要求并通过主管部 国家相关技术规范要求，并通过主管部门      单位确定",
                "                                          ≥63%",
                "             门组织的竣工验收的 会同财政、审计等部门组织的竣工验收的       项目",
                "                比例       比例，验收不合格的不得交付使用");
        assertCells(cells, "单位确定项目", "≥63%");
    }

    /**
     * A one-line name on its row's line ("合格率" beside its = 92 %) had room for the opening quote and first letter
     * of the line below (a curly quote may print half an em wide): the quoted name under it is the next row's, and
     * goes on past the line of level names between its lines, for its quote is still open.
     */
    @Test
    void aQuotedNameUnderAOneLineNameIsTheNextRowsAndGoesOnPastLevelNames() {
        List<String> cells = cellsOf(
                "一级指",
                "     二级指标 三级指标    指标性质      指标值     度量单位",
                " 标",
                "             宫颈癌筛",
                "     数量指标           =        15      万亩",
                "              查人数",
                "      质量指标   合格率      =      92      %",
                "           “防贫预警",
                "产出指",
                "            及管理系",
                " 标",
                "      时效指标 统”平台运     ≥       100     %",
                "            行维护费",
                "             及时率",
                "      成本指标 补贴资金       =     162.3    万元");
        assertCells(cells, "合格率", "“防贫预警及管理系统”平台运行维护费及时率");
    }

    /**
     * A row whose one-line cells go on past the line of a level-2 name set between their lines: its value, cut
     * ("≤180 元/平方" / "米"), tells that the row goes on there, so the names' second lines are theirs, not the next
     * row's.
     */
    @Test
    void aRowWhoseValueGoesOnPastALevelNameGoesOnInEachColumn() {
        List<String> cells = cellsOf(
                "                                                          指标值确",
                "一级指标 二级指标    三级指标    绩效指标描述      指标值",
                "                                                           定依据",
                "                                                          单位确定",
                "        时效指标       完工及时率        项目完成时间          12 月底前",
                "                                                           项目",
                "                 新建改建街道及便道 新建改建街道及便道 ≤180 元/平方 单位确定",
                "        成本指标",
                "                  硬化成本（元）   硬化成本（元）      米      项目");
        assertCount(cells, "新建改建街道及便道硬化成本（元）", 2);
        assertTrue(cells.contains("单位确定项目"), cells::toString);
    }

    /**
     * A basis set left into the value column ("枣财教【2021】113" / "号" over the next rows' values, all starting a
     * column or two apart): the document number ends with 号, and each value under it is a cell of its own.
     */
    @Test
    void valuesUnderADocumentNumberSetLeftAreCellsOfTheirOwn() {
        List<String> cells = cellsOf(
                "  一级指标       二级指标         三级指标          绩效指标描述       指标值            指标值确定依据",
                "                        开发乡村公益岗 开发乡村公益岗 1455 元/生· 枣财教【2021】113",
                "             数量指标",
                "                           位       位       年          号",
                "             质量指标          合格率         项目验收合格率       ≥100%          县委、县政府确定",
                "  产出指标",
                "             时效指标         完工及时率         项目完成时间       ≥48%            单位确定项目",
                "                                                                  赞财农【2022】42",
                "             成本指标         项目总投资         项目总投资        98 万元",
                "                                                                      号");
        assertCells(cells, "枣财教【2021】113号", "≥100%", "≥48%", "98 万元");
    }

    /**
     * A row standing whole on one line, its value and basis beside its names, over the next row's first line set
     * flush under it: the names end on their line (a value centred on a row of two lines or more stands below the
     * row's first line), and the next row's names start their own cells.
     * The same two lines on ({@code row-whole-on-its-line-a-line-between.txt}): a row whole on its line
     * ("监管工作经费 … 4303 万元"), the next row's first line two lines under it, a basis's last line between ("府确定"):
     * each row's description keeps its own lines.
     */
    @ParameterizedTest
    @CsvSource({"row-whole-on-its-line.txt, 新建高标准农田面积, 2",
        "row-whole-on-its-line.txt, “防贫预警及管理系统”平台运行维护费数量, 2",
        "row-whole-on-its-line-a-line-between.txt, 监管工作经费, 2",
        "row-whole-on-its-line-a-line-between.txt, 改善群众生产生活条件, 3"})
    void aRowWholeOnItsLineEndsThere(String page, String text, int times) throws Exception {
        assertCount(cellsOf(TestPages.read(page).split("\n")), text, times);
    }

    /**
     * A value on the first line of a name of two lines, its short end under it ("旅游宣传推介 150家" / "活动": a value
     * centred on two lines may print on the first): the end goes on the name, for it is no full line a next row's
     * cell would go on from.
     */
    @Test
    void aShortEndUnderARowWithItsValueGoesOnIt() {
        List<String> cells = cellsOf(
                "一级指标 二级指标     三级指标       指标值",
                "产出指标          食品安全监督",
                "                        8644株",
                "                抽检",
                "              培训教师人次     ≥6个",
                "              培训教师人次    98公里",
                "               补助标准     ≥26个",
                "              “防贫预警及管",
                "              理系统”平台运    92%",
                "               行维护费数量",
                "       数量指标 旅游宣传推介      150家",
                "              活动",
                "              追回医保基金     85%",
                "              培训教师人次     ≥3个",
                "              智能水肥一体",
                "                         95台",
                "                化设备");
        assertCells(cells, "旅游宣传推介活动", "“防贫预警及管理系统”平台运行维护费数量");
    }

    /** The rules on their own: room by the column's widest Chinese line; values and numbers that go on. */
    @Test
    void endingRules() {
        Cell wrapped = new Cell();
        wrapped.add(new Chunk("脱贫防贫专项工作经费", 0, 13, 23));
        wrapped.add(new Chunk("发放率", 1, 16, 19));
        assertTrue(CellEnds.endedShort(wrapped, new Chunk("教科书按时到位率", 2, 14, 22)));
        Cell full = new Cell();
        full.add(new Chunk("脱贫防贫专项工作经费", 0, 13, 23));
        assertFalse(CellEnds.endedShort(full, new Chunk("发放率", 1, 16, 19)));
        Cell oneLine = new Cell();
        oneLine.add(new Chunk("岗位补贴标准", 0, 15, 21));
        assertTrue(CellEnds.endedShort(oneLine, new Chunk("初中生均公用经费标准", 1, 13, 23)));
        assertFalse(CellEnds.endedWhole("≥125 万人", "次"));
        assertFalse(CellEnds.endedWhole("12月底前", "完成"));
        assertFalse(CellEnds.endedWhole("1775万", "元"));
        assertTrue(CellEnds.endedWhole("10月底前", "补助资金"));
        assertTrue(CellEnds.endedWhole("≥100%", "≥867 元"));
        assertFalse(CellEnds.endedWhole("巨财【2022】14号", "）"));
        assertTrue(CellEnds.endedWhole("巨财【2022】14号", "冀财行"));
        assertTrue(CellEnds.endedWhole("赞财农〔2022〕172号", "《关于下达"));
        assertTrue(CellEnds.endedWhole("枣财教【2021】113号", "≥100%"), "the next row's value under a basis set left");
        assertFalse(CellEnds.endedWhole("枣财教【2021】113", "号"));
        assertTrue(Width.unclosed("“防贫预警"));
        assertTrue(Width.unclosed("“防贫预警”（含"));
        assertFalse(Width.unclosed("“防贫预警”平台"));
        assertFalse(Width.unclosed("统”平台运"), "a closing mark alone opens nothing");
        assertEquals(8, Width.least("“防贫预”"), "each curly quote half an em");
        assertEquals(3, Width.firstUnit("“防贫"), "an opening quote goes with the letter after it");
        assertEquals(2, Width.firstUnit("防贫"));
        assertEquals(99, Width.firstUnit("〔2021〕78号"), "a bracketed run may be kept whole: any break before it");
    }

    /**
     * A table's title right under the last row of the table before, no blank line between: it is no line of the cell
     * above it (a description's last line), and that cell keeps its lines.
     */
    @Test
    void aTitleUnderAGridsLastRowIsNoLineOfItsCells() {
        List<String> cells = cellsOf(
                "                                                          指标值确定",
                "一级指标   二级指标      三级指标          绩效指标描述            指标值",
                "                                                            依据",
                "       可持续影响",
                "               政策持续实施年限       政策持续实施年限          长期有效      2022 年",
                "         指标",
                "                                                           160 号",
                "满意度指 服务对象满                    满意人口数占总受",
                "                 群众满意度                           ≥92%     调查问卷",
                "  标   意度指标                     益人口数的比例",
                "                  7.河湖长制工作经费绩效目标表");
        assertCells(cells, "满意人口数占总受益人口数的比例", "7.河湖长制工作经费绩效目标表");
    }

    /**
     * The same with the title wrapped, its number on the first line ("3.…（驻村工作" / "队综合经费）绩效目标表"): the
     * title's first line is no line of the name above it either. A goal over the label 绩效目标 is no title.
     */
    @Test
    void aWrappedTitleUnderAGridsLastRowIsNoLineOfItsCells() {
        List<String> cells = cellsOf(
                "一级指标   二级指标      三级指标     绩效指标描述      指标值    指标值确定依据",
                "                 设备使用年限      设备正常使用年限          后继有人     县领导",
                "满意度指 服务对象满         满意度           满意度           ≥100%    调查问卷",
                "  标   意度指标       参保群众满意度      参保群众满意度          ≥100%    调查问卷",
                "3.冀财农2022年 160号提前下达2023年省级财政衔接推进乡村振兴补助资金（驻村工作",
                "                     队综合经费）绩效目标表");
        assertCells(cells, "参保群众满意度", "3.冀财农2022年 160号提前下达2023年省级财政衔接推进乡村振兴补助资金（驻村工作");
        List<String> goals = cellsOf(
                "           1.建成县级应急广播平台。",
                " 绩效目标",
                "           2.实现村级应急广播终端全覆盖");
        assertCells(goals, "1.建成县级应急广播平台。2.实现村级应急广播终端全覆盖");
    }
}
