package jixiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import jixiao.table.Meaning;

/**
 * The reader of space-aligned text sees a grid cell's lines in one column and marks each line after a cell's first
 * as going on with it; the text decoder, which otherwise parts a run of lines into cells by their shapes alone, then
 * parts them where the columns did.
 */
class MarkedCellLinesTest {
    private static final List<Meaning> ROLES = List.of(Meaning.LEVEL1, Meaning.LEVEL2, Meaning.LEVEL3,
            Meaning.DESCRIPTION, Meaning.VALUE, Meaning.BASIS);

    /** Atoms of one line each; a text starting with "+" is a line marked as going on with the cell above. */
    private static List<GridDecoder.Row> decode(String... lines) {
        List<Atom> atoms = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            boolean on = lines[i].startsWith("+");
            atoms.add(new Atom(on ? lines[i].substring(1) : lines[i], i, true, false, false, on, false));
        }
        return GridDecoder.decode(ROLES, atoms);
    }

    /**
     * A qualitative value and a basis of two lines each: by shape alone the lines part as well after the value's
     * third line (a basis "协议"); the marks keep each cell's lines together.
     */
    @Test
    void markedLinesStayWithTheirCells() {
        List<GridDecoder.Row> rows = decode("产出指标", "数量指标", "群众生产", "+生活条件", "群众生产生活条件", "改善脱贫群众",
                "+生产生活条件", "防贫补充保险", "+协议");
        assertEquals(1, rows.size(), rows::toString);
        assertEquals(Arrays.asList(List.of("产出指标"), List.of("数量指标"), List.of("群众生产", "生活条件"),
                List.of("群众生产生活条件"), List.of("改善脱贫群众", "生产生活条件"), List.of("防贫补充保险", "协议")),
                rows.get(0).cells());
    }

    /** The cell order of a grid marks the lines after each cell's first; the plain cell order carries no marks. */
    @Test
    void theLayoutReaderMarksTheLinesAfterACellsFirst() {
        String page = String.join("\n",
                "                         1.防贫保险项目绩效目标表",
                "项目名称                     防贫保险",
                "预算数                       5.87",
                "年度总体目标       减轻困难群众负担",
                "一级指标   二级指标       三级指标          绩效指标描述          指标值      指标值确定依据",
                "产出指标   数量指标   病虫害监测点     病虫害监测点      7.46 万元    县领导批示",
                "                                                 巨财农",
                "              支付对象数量     支付对象数量       95座",
                "                                               【2022】36号",
                "");
        List<SourceLine> lines = SourceLines.of(LayoutText.toMarkedCellOrder(page), true);
        List<String> marked = lines.stream().filter(SourceLine::goesOn).map(SourceLine::text).toList();
        assertEquals(List.of("【2022】36号"), marked);
        assertTrue(lines.stream().noneMatch(l -> (l.text() + l.raw()).indexOf(Atom.GOES_ON) >= 0));
        assertFalse(LayoutText.toCellOrder(page).indexOf(Atom.GOES_ON) >= 0);
    }

    /** Text no layout reader wrote keeps the character as it is, and no line of it is read as going on. */
    @Test
    void otherTextKeepsTheCharacter() {
        List<SourceLine> lines = SourceLines.of(Atom.GOES_ON + "保险协议\n");
        assertEquals(Atom.GOES_ON + "保险协议", lines.get(0).text());
        assertFalse(lines.get(0).goesOn());
    }
}
