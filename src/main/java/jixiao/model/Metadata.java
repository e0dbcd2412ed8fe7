package jixiao.model;

/** Document-wide facts: the {@code document} object of the contract. Absent values are null. */
public record Metadata(String title, Integer fiscalYear, String department, String region, String unitCode,
                       String unitName, String amountUnit) {
}
