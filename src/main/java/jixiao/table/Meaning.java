package jixiao.table;

/** What a header cell of a target table means: a project header-block label or an indicator-grid column. */
public enum Meaning {
    // project header block labels
    CODE, NAME, DEPARTMENT, UNIT, BUDGET_GROUP, TOTAL, FISCAL, OTHER, PURPOSE, FUND_PLAN, GOALS,
    /** A label whose value the contract has no field for (项目负责人, 联系电话, 项目属性 …). */
    OTHER_LABEL,
    // indicator grid columns
    LEVEL1, LEVEL2, LEVEL3, DESCRIPTION, OP, VALUE, MEASURE_UNIT, BASIS,
    /** A column the contract has no field for (备注). */
    EXTRA;

    public boolean isIndicatorColumn() {
        return ordinal() >= LEVEL1.ordinal();
    }

    public boolean isLevel() {
        return this == LEVEL1 || this == LEVEL2;
    }

    public boolean isAmount() {
        return this == TOTAL || this == FISCAL || this == OTHER;
    }
}
