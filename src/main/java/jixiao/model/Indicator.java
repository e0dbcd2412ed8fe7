package jixiao.model;

import java.util.Map;

/** One row of the indicator grid, with merged level cells expanded. */
public record Indicator(String level1, String level2, String level3, String description, String value,
                        Target target, String basis, Integer page, Box box, Map<String, CellRef> cells) {
    public Indicator {
        cells = cells == null ? null : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(cells));
    }

    /** Where one cell used by this indicator was printed. */
    public record CellRef(int page, Box box) {
    }
}
