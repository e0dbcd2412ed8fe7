package jixiao.mapping;

/** The meaning of a header cell: a project header label or an indicator grid column. */
enum Field {
    // project header block
    CODE, NAME, DEPARTMENT, UNIT, BUDGET_GROUP, TOTAL, FISCAL, OTHER, PURPOSE, FUND_PLAN, GOALS,
    // indicator grid columns
    LEVEL1, LEVEL2, LEVEL3, DESCRIPTION, VALUE, BASIS, OP, MEASURE_UNIT;

    boolean isIndicatorColumn() {
        return ordinal() >= LEVEL1.ordinal();
    }

    boolean isLevel() {
        return this == LEVEL1 || this == LEVEL2;
    }
}
