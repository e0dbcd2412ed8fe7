package jixiao.model;

import java.math.BigDecimal;

/** One period of the fund-spending plan; {@code period} is null when the value's column is unknown. */
public record FundPlanEntry(String period, BigDecimal value) {
}
