package jixiao.model;

import java.math.BigDecimal;

/** 预算数 / 其中：财政资金 / 其他资金, in the document's amount unit, exactly as printed. */
public record Budget(BigDecimal total, BigDecimal fiscal, BigDecimal other) {
}
