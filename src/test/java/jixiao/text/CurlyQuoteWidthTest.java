package jixiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jixiao.model.Indicator;
import jixiao.text.LayoutText.Chunk;

/**
 * A column's width read from its widest line of Chinese text, where that line holds a curly quote, which fonts print
 * half an em wide as often as a whole one: the column is no wider than the line at its least, so a line one character
 * shorter without quotes had no room for the next character ("理系统”平台运" / "行维护费总成" / "本": the last line is
 * the cell's end, not the next row's).
 */
class CurlyQuoteWidthTest {
    /** A real generated page: the cut level-3 name's last character stands alone atop the page going on. */
    @Test
    void lastCharacterOfACellAtopThePageStaysWithIt(@TempDir Path dir) throws Exception {
        List<Indicator> rows = TestPages.indicators(dir, "level-name-with-curly-quotes-cut-by-the-page-break.txt");
        assertEquals(7, rows.size());
        assertEquals(List.of("“防贫预警及管理系统”平台运行维护费总成本", "满意度"),
                List.of(rows.get(3).level3(), rows.get(4).level3()));
    }

    @Test
    void aQuoteCountsHalfInTheWidestLine() {
        boolean[][] room = ValueAnchors.roomBelow(column("理系统”平台运", "行维护费总成", "本"));
        assertFalse(room[1][0], "six characters under six and two half-width quotes had no room for a seventh");
    }

    @Test
    void aLineAsWideWithoutQuotesLeavesRoom() {
        boolean[][] room = ValueAnchors.roomBelow(column("理系统甲平台运", "行维护费总成", "本"));
        assertTrue(room[1][0], "six characters under seven had room for a seventh");
    }

    /** One column of one-chunk lines, left-aligned. */
    @SuppressWarnings("unchecked")
    private static List<Chunk>[][] column(String... lines) {
        List<Chunk>[][] at = new List[lines.length][1];
        for (int l = 0; l < lines.length; l++) {
            at[l][0] = new ArrayList<>(List.of(new Chunk(lines[l], l, 0, lines[l].length())));
        }
        return at;
    }
}
