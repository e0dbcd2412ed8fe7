package jixiao.text;

/** What a header-block label or an indicator-grid column means, as far as the text reader needs to know. */
enum Role {
    // project header block labels
    CODE, NAME, DEPARTMENT, UNIT, BUDGET_GROUP, TOTAL, FISCAL, OTHER, PURPOSE, FUND_PLAN, GOALS, OTHER_LABEL,
    // indicator grid columns
    LEVEL1, LEVEL2, LEVEL3, DESCRIPTION, OP, VALUE, MEASURE_UNIT, BASIS, EXTRA;

    boolean isLevel() {
        return this == LEVEL1 || this == LEVEL2;
    }

    boolean isAmount() {
        return this == TOTAL || this == FISCAL || this == OTHER;
    }
}
