package jixiao.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jixiao.pdf.Ruling;

/** Splits a page's merged rulings into connected groups (rulings that touch or cross): one group per table frame. */
final class RulingGroups {
    private RulingGroups() {
    }

    /** One group: its horizontal and vertical rulings. */
    record Group(List<Ruling> horizontals, List<Ruling> verticals) {
    }

    static List<Group> of(List<Ruling> horizontals, List<Ruling> verticals, Tolerances tol) {
        int nh = horizontals.size();
        GridBuilder.UnionFind uf = new GridBuilder.UnionFind(nh + verticals.size());
        double t = tol.snap();
        for (int i = 0; i < nh; i++) {
            Ruling h = horizontals.get(i);
            for (int j = 0; j < verticals.size(); j++) {
                Ruling v = verticals.get(j);
                if (v.position() >= h.start() - t && v.position() <= h.end() + t
                        && h.position() >= v.start() - t && h.position() <= v.end() + t) {
                    uf.union(i, nh + j);
                }
            }
        }
        Map<Integer, Group> groups = new HashMap<>();
        List<Group> ordered = new ArrayList<>();
        for (int i = 0; i < nh + verticals.size(); i++) {
            int root = uf.find(i);
            Group g = groups.get(root);
            if (g == null) {
                g = new Group(new ArrayList<>(), new ArrayList<>());
                groups.put(root, g);
                ordered.add(g);
            }
            if (i < nh) {
                g.horizontals().add(horizontals.get(i));
            } else {
                g.verticals().add(verticals.get(i - nh));
            }
        }
        List<Group> tables = new ArrayList<>();
        for (Group g : ordered) {
            if (GridBuilder.positions(g.horizontals(), tol).length >= 2
                    && GridBuilder.positions(g.verticals(), tol).length >= 2) {
                tables.add(g);
            }
        }
        return tables;
    }
}
