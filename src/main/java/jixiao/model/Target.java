package jixiao.model;

import java.math.BigDecimal;

/** A parsed indicator value: {@code op} one of {@code >= <= > < =}, a number and the unit that follows it. */
public record Target(String op, BigDecimal number, String unit) {
}
