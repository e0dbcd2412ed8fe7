package jixiao.mapping;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jixiao.model.Box;
import jixiao.model.Indicator;
import jixiao.model.Issue;
import jixiao.model.Target;
import jixiao.table.Cell;
import jixiao.table.Rect;

/**
 * Reads indicator rows under the grid's column header, across slices on several pages: repeated headers are
 * dropped, a row cut by a page break is joined to its first part, and merged 一级/二级指标 cells are expanded to
 * every row they cover, also across pages.
 */
final class IndicatorMapper {
    /** One column of the indicator grid, from its header cell. */
    record Column(Field field, double x0, double x1) {
    }

    /** A level cell's text shared by the rows it covers (also across a page break). */
    private static final class LevelGroup {
        final StringBuilder text = new StringBuilder();
    }

    private static final class Draft {
        final Map<Field, String> texts = new EnumMap<>(Field.class);
        final Map<Field, Cell> cells = new EnumMap<>(Field.class);
        final Map<Field, LevelGroup> levels = new EnumMap<>(Field.class);
        int page;
    }

    private final List<Issue> issues;
    private final int seq;
    private final List<Draft> drafts = new ArrayList<>();
    private final Map<Cell, LevelGroup> groupOf = new IdentityHashMap<>();
    private List<Column> columns = List.of();
    private boolean sliceTop;
    private boolean cutByBreak;

    IndicatorMapper(List<Issue> issues, int seq) {
        this.issues = issues;
        this.seq = seq;
    }

    /** Sets the columns from a header row's cells; returns false when the row is not an indicator header. */
    boolean header(List<Cell> headerCells) {
        List<Column> cols = new ArrayList<>();
        for (Cell c : headerCells) {
            Optional<Field> f = Labels.indicatorColumn(c.text());
            if (f.isPresent() && cols.stream().anyMatch(col -> col.field() == f.get())) {
                issues.add(Issue.warning("HEADER_CELL_UNMAPPED", seq, c.page(), "indicator header cell \""
                        + c.text() + "\" names a column the header names before it; its cells are left out"));
            }
            if (f.isPresent()) {
                cols.add(new Column(f.get(), c.box().x0(), c.box().x1()));
            } else if (!c.isEmpty()) {
                issues.add(Issue.warning("HEADER_CELL_UNMAPPED", seq, c.page(),
                        "indicator header cell \"" + c.text() + "\" has no known meaning; its column is ignored"));
            }
        }
        columns = cols;
        return !cols.isEmpty();
    }

    boolean hasColumns() {
        return !columns.isEmpty();
    }

    /**
     * Marks the start of a slice that continues the grid on a new page; {@code cut} tells that the page break cut a
     * row (the previous slice's last row has no bottom rule, see {@link ProjectMapper#cutAtBottom}).
     */
    void continuation(boolean cut) {
        sliceTop = true;
        cutByBreak = cut;
    }

    /** One grid row: the cells starting on it, the cells covering it, and the table's last row index. */
    void row(List<Cell> starting, List<Cell> covering, int lastRow) {
        boolean starts = false;
        for (Cell c : starting) {
            Field f = fieldOf(c);
            if (f != null && !f.isLevel()) {
                starts = true;
                break;
            }
        }
        if (!starts) {
            return;
        }
        Map<Field, Cell> byField = new EnumMap<>(Field.class);
        for (Cell c : covering) {
            Field f = fieldOf(c);
            if (f != null) {
                byField.merge(f, c, (a, b) -> a.text().isEmpty() ? b : a);
            }
        }
        boolean top = sliceTop;
        sliceTop = false;
        if (top && !drafts.isEmpty() && isSplitRow(drafts.get(drafts.size() - 1), byField)) {
            joinSplitRow(drafts.get(drafts.size() - 1), byField);
            return;
        }
        Draft d = new Draft();
        d.page = firstPage(starting);
        for (Map.Entry<Field, Cell> e : byField.entrySet()) {
            Field f = e.getKey();
            Cell c = e.getValue();
            if (f.isLevel()) {
                d.levels.put(f, levelGroup(f, c, top, c.lastRow() == lastRow));
            } else {
                d.texts.put(f, c.text());
            }
            d.cells.put(f, c);
        }
        for (Field lf : new Field[] {Field.LEVEL1, Field.LEVEL2}) {
            if (!d.levels.containsKey(lf) && hasColumn(lf) && !drafts.isEmpty()) {
                d.levels.put(lf, drafts.get(drafts.size() - 1).levels.get(lf));
            }
        }
        drafts.add(d);
    }

    /**
     * The shared text of a level cell. An empty cell continues the group above, except a new empty cell at the
     * bottom of a page: the page break cut a merged cell whose text is printed on the next page, so it opens an
     * empty group that the next page's first level cell fills.
     */
    private LevelGroup levelGroup(Field f, Cell c, boolean top, boolean atBottom) {
        LevelGroup g = groupOf.get(c);
        if (g != null) {
            return g;
        }
        LevelGroup prev = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1).levels.get(f);
        String text = c.text();
        String prevText = prev == null ? "" : prev.text.toString();
        boolean newEmptyAtBottom = text.isEmpty() && atBottom && !top;
        if (prev != null && !newEmptyAtBottom && (text.isEmpty() || top && (prevText.isEmpty()
                || Taxonomy.continues(prevText, text) || prevText.equals(text)))) {
            if (!text.isEmpty() && !prev.text.toString().equals(text)) {
                prev.text.append(text);
            }
            g = prev;
        } else {
            g = new LevelGroup();
            g.text.append(text);
        }
        groupOf.put(c, g);
        return g;
    }

    /**
     * A row at the top of a continued page that holds the rest of the last row: the page break cut that row (no
     * bottom rule above the break), or its key cells are empty; but never a row that opens a new level group.
     */
    private boolean isSplitRow(Draft last, Map<Field, Cell> byField) {
        boolean l3Empty = hasColumn(Field.LEVEL3) && text(byField, Field.LEVEL3).isEmpty();
        boolean valueEmpty = hasColumn(Field.VALUE) && text(byField, Field.VALUE).isEmpty();
        boolean anyText = false;
        for (Cell c : byField.values()) {
            anyText |= !c.text().isEmpty();
        }
        return anyText && !opensNewGroup(last, byField) && (cutByBreak || l3Empty || valueEmpty);
    }

    /**
     * Whether a level cell of the row names another complete group than the last row's: a row has one cell per
     * level, so a cut row's level cell on the new page is empty, repeats the name, or ends a name cut by the break.
     */
    private static boolean opensNewGroup(Draft last, Map<Field, Cell> byField) {
        for (Field f : new Field[] {Field.LEVEL1, Field.LEVEL2}) {
            String head = level(last, f);
            String tail = text(byField, f).replaceAll("\\s+", "");
            if (head != null && Taxonomy.known(head) && Taxonomy.known(tail)
                    && !head.replaceAll("\\s+", "").equals(tail)) {
                return true;
            }
        }
        return false;
    }

    private void joinSplitRow(Draft last, Map<Field, Cell> byField) {
        for (Map.Entry<Field, Cell> e : byField.entrySet()) {
            Field f = e.getKey();
            Cell c = e.getValue();
            String text = c.text();
            if (f.isLevel()) {
                LevelGroup g = groupOf.get(c);
                LevelGroup prev = last.levels.get(f);
                if (g == null && prev != null) {
                    if (!text.isEmpty() && !prev.text.toString().equals(text)) {
                        prev.text.append(text);
                    }
                    groupOf.put(c, prev);
                } else if (g == null) {
                    g = new LevelGroup();
                    g.text.append(text);
                    groupOf.put(c, g);
                    last.levels.put(f, g);
                }
            } else if (!text.isEmpty()) {
                last.texts.merge(f, text, String::concat);
                last.cells.putIfAbsent(f, c);
            }
        }
    }

    private static String text(Map<Field, Cell> byField, Field f) {
        Cell c = byField.get(f);
        return c == null ? "" : c.text();
    }

    private boolean hasColumn(Field f) {
        for (Column c : columns) {
            if (c.field() == f) {
                return true;
            }
        }
        return false;
    }

    /** The column a data cell falls in: the header column it overlaps most, if it overlaps enough. */
    Field fieldOf(Cell c) {
        Column best = null;
        double bestOverlap = 0;
        Rect b = c.box();
        for (Column col : columns) {
            double o = Math.max(0, Math.min(b.x1(), col.x1()) - Math.max(b.x0(), col.x0()));
            if (o > bestOverlap) {
                bestOverlap = o;
                best = col;
            }
        }
        if (best == null || bestOverlap < 0.4 * Math.min(b.width(), best.x1() - best.x0())) {
            return null;
        }
        return best.field();
    }

    private static int firstPage(List<Cell> cells) {
        return cells.isEmpty() ? 0 : cells.get(0).page();
    }

    /** The finished indicators; empty rows are reported and dropped. */
    List<Indicator> indicators(boolean withPages) {
        List<Indicator> out = new ArrayList<>();
        for (Draft d : drafts) {
            String l1 = level(d, Field.LEVEL1);
            String l2 = level(d, Field.LEVEL2);
            String l3 = nullIfEmpty(d.texts.get(Field.LEVEL3));
            String desc = nullIfEmpty(d.texts.get(Field.DESCRIPTION));
            String value = nullIfEmpty(d.texts.get(Field.VALUE));
            String basis = nullIfEmpty(d.texts.get(Field.BASIS));
            if (l3 == null && desc == null && value == null && basis == null) {
                issues.add(Issue.warning("EMPTY_INDICATOR_ROW", seq, withPages ? d.page : null,
                        "an indicator row has no level-3 name, description, value or basis; it was skipped"));
                continue;
            }
            Target target = hasColumn(Field.OP) || hasColumn(Field.MEASURE_UNIT)
                    ? Values.target(d.texts.get(Field.OP), value, d.texts.get(Field.MEASURE_UNIT))
                    : Values.target(value);
            String unit = nullIfEmpty(d.texts.get(Field.MEASURE_UNIT));
            if (unit != null && target == null) {
                issues.add(Issue.warning("MEASURE_UNIT_UNUSED", seq, withPages ? d.page : null,
                        "the 度量单位 cell \"" + unit + "\" of indicator \"" + (l3 == null ? "" : l3)
                                + "\" goes with no numeric target (the row is qualitative, or its value has no number)"
                                + ", so no field holds it; check the row in the source"));
            }
            if (l1 != null && !Taxonomy.LEVEL1.contains(l1.replaceAll("\\s+", ""))) {
                issues.add(Issue.info("UNKNOWN_LEVEL1", seq, withPages ? d.page : null,
                        "level-1 indicator \"" + l1 + "\" is not in the standard taxonomy"));
            }
            Box box = null;
            Map<String, Indicator.CellRef> refs = null;
            if (withPages) {
                refs = new java.util.TreeMap<>();
                for (Map.Entry<Field, Cell> e : d.cells.entrySet()) {
                    Cell c = e.getValue();
                    refs.put(jsonName(e.getKey()), new Indicator.CellRef(c.page(), toBox(c.box())));
                }
                Cell anchor = d.cells.getOrDefault(Field.LEVEL3, d.cells.values().stream().findFirst().orElse(null));
                box = anchor == null ? null : toBox(anchor.box());
            }
            out.add(new Indicator(l1, l2, l3, desc, value, target, basis, withPages ? d.page : null, box, refs));
        }
        return out;
    }

    private static String level(Draft d, Field f) {
        LevelGroup g = d.levels.get(f);
        return g == null ? null : nullIfEmpty(g.text.toString());
    }

    static String nullIfEmpty(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static Box toBox(Rect r) {
        return new Box(r.x0(), r.top(), r.x1(), r.bottom());
    }

    private static String jsonName(Field f) {
        return switch (f) {
            case LEVEL1 -> "level1";
            case LEVEL2 -> "level2";
            case LEVEL3 -> "level3";
            case DESCRIPTION -> "description";
            case VALUE -> "value";
            case BASIS -> "basis";
            case OP -> "op";
            case MEASURE_UNIT -> "unit";
            default -> f.name().toLowerCase();
        };
    }

    /** Pages on which rows were read. */
    List<Integer> pages() {
        return drafts.stream().map(d -> d.page).distinct().toList();
    }
}
