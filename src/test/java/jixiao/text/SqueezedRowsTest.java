package jixiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/**
 * Grid rows a layout tool squeezed left (constructed from what pdftotext -layout prints of a tight grid): cells of a
 * row closer than its word gap come out as one line, one space apart and left of their columns, and the lines under
 * them are set where that squeezed text stands.
 */
class SqueezedRowsTest {
    private static final String HEAD = String.join("\n",
            "             1.全域旅游宣传推介经费绩效目标表",
            "项目名称                     全域旅游宣传推介经费",
            "",
            "       预算金额     120.24        其中：财政拨款    70.45          其他资金      49.79",
            "",
            "一级指标   二级指标     三级指标            指标描述           指标值         指标值设定依据",
            "",
            "产出指标          免费教科书覆盖                                     枣财教〔2024〕5",
            "                 率           免费教科书覆盖率             100%       号",
            "");

    /**
     * A squeezed row: the value, one space after the description and in the description's column, goes one column
     * on, and so does the basis after it; the second line of each, set under the squeezed text, goes with it.
     */
    @Test
    void aSqueezedRowsCellsTakeTheColumnsAfterOneAnother(@TempDir Path dir) throws Exception {
        String text = HEAD + String.join("\n",
                "              小学生均公用经 小学生均公用经费基准 ≥686元/生· 枣财教〔2024〕5",
                "       数量指标     费标准       定额        年        号",
                "");
        assertEquals(List.of("免费教科书覆盖率|免费教科书覆盖率|100%|枣财教〔2024〕5号",
                "小学生均公用经费标准|小学生均公用经费基准定额|≥686元/生·年|枣财教〔2024〕5号"), LayoutTextTest.indicatorRows(dir, text));
    }

    /**
     * A basis whose first line starts just left of its column and runs on past the column's edge, its second line
     * in the column: the whole basis is in its column, and the row has one value.
     */
    @Test
    void aCellStartingJustLeftOfItsColumnBelongsToIt(@TempDir Path dir) throws Exception {
        String text = HEAD + String.join("\n",
                "       数量指标",
                "              宣传活动覆盖人                               威财教【2024】1",
                "                 次           宣传活动覆盖人次       ≥149万人次    52号",
                "");
        assertEquals(List.of("免费教科书覆盖率|免费教科书覆盖率|100%|枣财教〔2024〕5号",
                "宣传活动覆盖人次|宣传活动覆盖人次|≥149万人次|威财教【2024】152号"), LayoutTextTest.indicatorRows(dir, text));
    }

    /**
     * A squeezed row whose value stands beside its description, in the description's column, on the lines around
     * the description's one line, and whose basis stands in the value's column: the value moves to the value column
     * and the basis on to the basis column.
     */
    @Test
    void aValueBesideItsDescriptionMovesToTheValueColumn(@TempDir Path dir) throws Exception {
        String text = String.join("\n",
                "             1.教育经费项目绩效目标表",
                "项目名称                     教育经费",
                "",
                "       预算金额     120.24        其中：财政拨款    70.45          其他资金      49.79",
                "",
                "一级指标   二级指标        三级指标                指标描述        指标值         指标值设定依据",
                "                                                              巨财农【2022】3",
                "                支付对象数量              支付对象数量            ≥6个",
                "                                                                 6号",
                "       数量指标             寄宿制学校按寄宿生年",
                "                寄宿生公用经费                      枣财教〔2022〕5",
                "                        生均200元标准增加公 184元/生·年",
                "                  补助标准                          号",
                "                           用经费补助",
                "产出指标                                                          巨财农【2022】3",
                "       质量指标         合格率           项目验收合格率             100%",
                "                                                                 6号",
                "                                                              枣财教〔2022〕5",
                "       时效指标     资金拨付时间          按学期拨付公用经费          8月底前",
                "                                                                 号",
                "                中央财政衔接资                                       巨财农【2022】3",
                "       成本指标             中央财政衔接资金成本                4011万元",
                "                  金成本                                            6号",
                "                改善群众生产生            改善群众生 巨财农【2022】3",
                "                        改善群众生产生活条件",
                "                  活条件              产生活条件    6号",
                "");
        assertEquals(List.of("支付对象数量|支付对象数量|≥6个|巨财农【2022】36号",
                "寄宿生公用经费补助标准|寄宿制学校按寄宿生年生均200元标准增加公用经费补助|184元/生·年|枣财教〔2022〕5号",
                "合格率|项目验收合格率|100%|巨财农【2022】36号", "资金拨付时间|按学期拨付公用经费|8月底前|枣财教〔2022〕5号",
                "中央财政衔接资金成本|中央财政衔接资金成本|4011万元|巨财农【2022】36号",
                "改善群众生产生活条件|改善群众生产生活条件|改善群众生产生活条件|巨财农【2022】36号"), LayoutTextTest.indicatorRows(dir, text));
    }

    /**
     * A squeezed row whose wrapped cells have their second lines below its value's line: the description pushed one
     * column on takes its second line, two lines down, with it, so the row's cells centre on the value as the
     * others do and the row keeps its own value.
     */
    @Test
    void aPushedCellTakesItsLineBelowTheValueLine(@TempDir Path dir) throws Exception {
        String text = String.join("\n",
                "             1.文化经费项目绩效目标表",
                "项目名称                     文化经费",
                "",
                "       预算金额     120.24        其中：财政拨款    70.45          其他资金      49.79",
                "",
                "一级指标 二级指标       三级指标         绩效指标描述          指标值      指标值确定依据",
                "               安全巡查次数        安全巡查次数          ≥13次      单位确定项目",
                "       数量指标 扶持代表性传 扶持代表性传承人数",
                "                                              16人      单位确定项目",
                "             承人数      量",
                "产出指标       安全事故数量        安全事故数量          0起       单位确定项目",
                "");
        assertEquals(List.of("安全巡查次数|安全巡查次数|≥13次|单位确定项目", "扶持代表性传承人数|扶持代表性传承人数量|16人|单位确定项目",
                "安全事故数量|安全事故数量|0起|单位确定项目"), LayoutTextTest.indicatorRows(dir, text));
    }
}
