package jixiao.mapping;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jixiao.model.FundPlanEntry;
import jixiao.table.Cell;

/** The project header block as read: labelled texts and amounts, fund plan and goals, plus the cells used. */
final class HeaderFields {
    final Map<Field, String> texts = new EnumMap<>(Field.class);
    final Map<Field, BigDecimal> amounts = new EnumMap<>(Field.class);
    final Map<Field, Cell> cells = new EnumMap<>(Field.class);
    final List<FundPlanEntry> fundPlan = new ArrayList<>();
    final List<String> goalLines = new ArrayList<>();
    String amountUnit;
    boolean sawFundPlan;

    void text(Field f, String value, Cell cell) {
        if (value == null || value.isBlank()) {
            return;
        }
        texts.merge(f, value.strip(), (a, b) -> a + b);
        cells.putIfAbsent(f, cell);
    }
}
