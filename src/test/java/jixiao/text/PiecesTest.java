package jixiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import jixiao.table.Meaning;

/** The pieces the reader rejoins by structure: wrapped header names, labels, amounts and fund-plan values. */
class PiecesTest {
    private static List<SourceLine> lines(String text) {
        return SourceLines.of(text);
    }

    @Test
    void columnHeaderRejoinsAWrappedLastName() {
        List<SourceLine> l = lines("一级指标 二级指标 三级指标 指标描述 指标值\n指标值确定依\n据\n产出指标\n");
        ColumnHeader h = ColumnHeader.parse(l, 0);
        assertEquals(3, h.lineCount());
        assertEquals(List.of(Meaning.LEVEL1, Meaning.LEVEL2, Meaning.LEVEL3, Meaning.DESCRIPTION,
                Meaning.VALUE, Meaning.BASIS), h.roles());
        assertEquals("指标值确定依据", h.names().get(5));
    }

    /** A basis name the header's lines set just before 指标值 is read after it: a basis follows its value. */
    @Test
    void columnHeaderReadsTheBasisAfterTheValue() {
        ColumnHeader h = ColumnHeader.parse(lines("一级指标 二级指标 三级指标 绩效指标描述 指标值确定依据 指标值\n产出指标\n"), 0);
        assertEquals(List.of(Meaning.LEVEL1, Meaning.LEVEL2, Meaning.LEVEL3, Meaning.DESCRIPTION, Meaning.VALUE,
                Meaning.BASIS), h.roles());
        assertEquals("指标值", h.names().get(4));
    }

    @Test
    void columnHeaderOfFamilyCWithAParenthesisedValueName() {
        ColumnHeader h = ColumnHeader.parse(lines("一级指标 二级指标 三级指标\n指标值（包含数字及\n文字描述）\n产出指标\n"), 0);
        assertEquals(List.of(Meaning.LEVEL1, Meaning.LEVEL2, Meaning.LEVEL3, Meaning.VALUE), h.roles());
    }

    @Test
    void headerLabelsWrapAndTakeTheValuesAfterThem() {
        List<HeaderBlockParser.Field> f = HeaderBlockParser.fields(lines(
                "项目编码\n13052923P00585310147\n3\n预算规模及\n资金用途\n预算数 1,295,903\n.00\n其中：财政\n拨款\n"
                        + "84.00 其他资金 48.00\n"));
        assertEquals(Meaning.CODE, f.get(0).role());
        assertEquals("13052923P005853101473", Token.join(f.get(0).value()).replace(" ", ""));
        assertEquals(Meaning.BUDGET_GROUP, f.get(1).role());
        assertEquals("1,295,903.00", HeaderBlockParser.amount(f.get(2).value()).amount());
        assertEquals(Meaning.FISCAL, f.get(3).role());
        assertEquals("84.00", HeaderBlockParser.amount(f.get(3).value()).amount());
        assertEquals("48.00", HeaderBlockParser.amount(f.get(4).value()).amount());
    }

    /**
     * A row of labels cut by their wraps comes out a line a row: the beginnings with their amounts, then (below the
     * line of a label centred on the row) the ends. Each label is whole and keeps its amount.
     */
    @Test
    void aRowOfCutLabelsRejoinsWithTheEndsBelowIt() {
        List<HeaderBlockParser.Field> f = HeaderBlockParser.fields(lines(
                "项目名称 医疗救助资金\n预算 132.00 其中：财政 84.00 其他资 48.00\n预算规模及\n数 拨款 金\n用途\n"
                        + "资助困难群众参保\n"));
        assertEquals(List.of(Meaning.NAME, Meaning.TOTAL, Meaning.FISCAL, Meaning.OTHER, Meaning.BUDGET_GROUP),
                f.stream().map(HeaderBlockParser.Field::role).toList());
        assertEquals("医疗救助资金", Token.join(f.get(0).value()));
        assertEquals(List.of("132.00", "84.00", "48.00"),
                f.subList(1, 4).stream().map(x -> HeaderBlockParser.amount(x.value()).amount()).toList());
        assertEquals("资助困难群众参保", Token.join(f.get(4).value()));
    }

    /**
     * A label centred on a row of labels and cut into three pieces: its first piece begins the row's line, the others
     * follow the row a line each. The label is whole, the name keeps only its own text and the purpose is the
     * budget group's.
     */
    @Test
    void aCentredLabelCutIntoPiecesAroundARowOfLabelsRejoins() {
        List<HeaderBlockParser.Field> f = HeaderBlockParser.fields(lines(
                "项目名\n称\n道路养护经费\n预算规 预算数 59.83 其中：财政资金 59.83 其他资金\n模及资\n金用途\n保障道路安全通行\n"));
        assertEquals(List.of(Meaning.NAME, Meaning.BUDGET_GROUP, Meaning.TOTAL, Meaning.FISCAL, Meaning.OTHER),
                f.stream().map(HeaderBlockParser.Field::role).toList());
        assertEquals("道路养护经费", Token.join(f.get(0).value()));
        assertEquals("保障道路安全通行", Token.join(f.get(4).value()));
    }

    /**
     * The fund plan's label wrapped around its periods: its end a line below them (资金支出 … / 计划), its note
     * before the amounts (（%） 61.63), a period wrapped in its cell (12月 / 底). The label is whole and its value
     * is the periods and amounts only.
     */
    @Test
    void aFundPlanLabelWrappedAroundItsPeriodsRejoins() {
        List<String> periods = List.of("3月底", "6月底", "10月底", "12月底");
        for (String text : List.of("资金支出 3月底 6月底 10月底 12月底\n计划\n（%）\n61.63\n",
                "资金支出计划 3月底 6月底 10月底 12月底\n（%） 61.63\n",
                "资金支出计划\n（%）\n3月底 6月底 10月底\n12月\n底\n61.63\n")) {
            List<HeaderBlockParser.Field> f = HeaderBlockParser.fields(lines("项目名称 道路养护经费\n" + text));
            List<Meaning> roles = f.stream().map(HeaderBlockParser.Field::role).toList();
            assertEquals(List.of(Meaning.NAME, Meaning.FUND_PLAN), roles, text);
            List<String> value = f.get(1).value().stream().map(Token::text).toList();
            assertEquals(periods, value.subList(0, 4), text);
            assertEquals(List.of("61.63"), value.subList(4, value.size()), text);
        }
    }

    /**
     * A column header whose names are cut by their cells' wraps on one line and ended on the next, in order
     * (一级指 … 指标 指标值确 / 标 值 定依据): each piece ends its name, and the header opens the grid.
     */
    @Test
    void columnNamesCutOnOneLineEndOnTheNextInOrder() {
        List<SourceLine> lines = SourceLines.of("一级指 二级指标 三级指标 绩效指标描述 指标 指标值确\n标 值 定依据\n产出指\n");
        assertTrue(ColumnHeader.startsAt(lines, 0));
        ColumnHeader h = ColumnHeader.parse(lines, 0);
        assertEquals(List.of("一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"), h.names());
        assertEquals(2, h.lineCount());
    }

    /**
     * The same row in text printed a piece a line, cut by a page break: the ends follow the centred label's first
     * piece, which is a beginning too; and the periods, a line each before their label, are the fund plan's.
     */
    @Test
    void aRowOfCutLabelsAPieceALineRejoinsAndPeriodsALineEachGoToTheFundPlan() {
        List<HeaderBlockParser.Field> f = HeaderBlockParser.fields(lines(String.join("\n", "项目名称", "医疗救助资金",
                "预算", "132.00", "其中：财政", "84.00", "其他资", "48.00", "预算规模及", "\f数", "拨款", "金", "用途",
                "资助困难群众参保", "3月底", "6月底", "10月底", "12月底", "资金支出计", "划（%）", "62.89", "")));
        assertEquals(List.of(Meaning.NAME, Meaning.TOTAL, Meaning.FISCAL, Meaning.OTHER, Meaning.BUDGET_GROUP,
                Meaning.FUND_PLAN), f.stream().map(HeaderBlockParser.Field::role).toList());
        assertEquals(List.of("132.00", "84.00", "48.00"),
                f.subList(1, 4).stream().map(x -> HeaderBlockParser.amount(x.value()).amount()).toList());
        assertEquals("资助困难群众参保", Token.join(f.get(4).value()));
        assertEquals(List.of("3月底", "6月底", "10月底", "12月底", "62.89"),
                f.get(5).value().stream().map(Token::text).toList());
    }

    @Test
    void fundPlanValuesWrappedInNarrowColumnsAddUpToTheTotal() {
        List<Token> t = Token.of(lines("431,830.3\n0 248,398.54\n155,606.75 460,067.41\n"));
        List<String> v = FundPlanValues.join(t, 4, new BigDecimal("1295903.00"));
        assertEquals(List.of("431,830.30", "248,398.54", "155,606.75", "460,067.41"), v);
    }

    @Test
    void bareNumbersAreContentUnlessAPageEndsAfterThem() {
        List<SourceLine> l = lines("3月底 6月底\n24\n绩效目标\n- 2 -\n\f下一页\n7\n\f再一页\n");
        assertEquals(List.of("3月底 6月底", "24", "绩效目标", "下一页", "再一页"),
                l.stream().map(SourceLine::text).toList());
        assertTrue(l.get(3).pageStart());
    }

    @Test
    void valueAndBasisShapes() {
        assertTrue(Shapes.numericValue("≥6批次/千人"));
        assertTrue(Shapes.numericValue("5.87 万元"));
        assertTrue(Shapes.numericValue("≤180元/平方米"));
        assertTrue(!Shapes.numericValue("≥6批次/千人冀财行"), "a name glued to a value is no unit");
        assertTrue(Shapes.deadline("12月底前"));
        assertTrue(Shapes.docNumber("巨财【2022】14号"));
        assertTrue(Shapes.issuedNumber("冀财农2022年160号"));
        assertTrue(!Shapes.issuedNumber("困人口全年总收入巨财【2022】14号"));
    }

    /**
     * A label wrapped in its narrow cell whose pieces the row's other cells set apart in cell order ("预算规模及" on
     * the amounts' line; "资金用途", a label of its own, after the row's other labels; "其中：财政资" / "金"): the pieces
     * make one label each, the text after the last piece is the purpose, and no piece goes into the name. A piece
     * nearer the end takes it ("资金" / "预算规模及资金" / "用途": the name's last line is no label's start).
     */
    @Test
    void aLabelsPiecesSetApartByTheRowMakeOneLabel() {
        List<HeaderBlockParser.Field> f = HeaderBlockParser.fields(lines(
                "项目名称 乡村振兴特派员工作经费\n\n预算规模及 预算数 3283.83 其中：财政资 3283.83\n\n其他资金\n\n金\n\n"
                        + "资金用途\n\n落实文物安全责任\n"));
        assertEquals(List.of(Meaning.NAME, Meaning.TOTAL, Meaning.FISCAL, Meaning.OTHER, Meaning.BUDGET_GROUP),
                f.stream().map(HeaderBlockParser.Field::role).toList());
        assertEquals("乡村振兴特派员工作经费", Token.join(f.get(0).value()));
        assertEquals("3283.83", HeaderBlockParser.amount(f.get(2).value()).amount());
        assertEquals("落实文物安全责任", Token.join(f.get(4).value()));
        List<HeaderBlockParser.Field> g = HeaderBlockParser.fields(lines(
                "项目名称\n\n某县补助资金-中央直达\n\n资金\n\n预算规模及资金\n用途\n\n预算数 42.55\n"));
        assertEquals(Meaning.NAME, g.get(0).role());
        assertEquals("某县补助资金-中央直达资金", Token.join(g.get(0).value()).replace(" ", ""));
    }
}
