package jixiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import jixiao.model.Budget;

/**
 * A family-G header block whose 其他资金 label is cut around the line of the 财政拨款 label and an amount ("其他" /
 * "68.75" / "资金"): the layout tool keeps the line's order, not its columns across lines, so the amount right after
 * 财政拨款, too near for an empty amount cell and the cut label to stand between them, is the fiscal share; one as
 * far past as those two cells is the other share (real generated pages, {@link TestPages}).
 */
class ShareAmountsTest {
    @ParameterizedTest
    @CsvSource({"fiscal-amount-under-a-cut-other-label.txt, 68.75, 68.75, ",
        "other-amount-past-a-cut-other-label.txt, 258.12, , 258.12"})
    void theShareAmountGoesToTheLabelItFollowsOnItsLine(String page, BigDecimal total, BigDecimal fiscal,
                                                        BigDecimal other, @TempDir Path dir) throws Exception {
        Budget budget = TestPages.projects(dir, page).get(0).budget();
        assertEquals(new Budget(total, fiscal, other), budget);
    }
}
