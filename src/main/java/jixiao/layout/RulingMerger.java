package jixiao.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jixiao.pdf.Ruling;

/** Snaps rulings of one orientation to common positions and joins collinear pieces into long rulings. */
final class RulingMerger {
    private RulingMerger() {
    }

    /** Merged rulings of the given orientation, sorted by position then start. */
    static List<Ruling> merge(List<Ruling> all, Ruling.Orientation o, Tolerances tol) {
        List<Ruling> rs = new ArrayList<>();
        for (Ruling r : all) {
            if (r.orientation() == o) {
                rs.add(r);
            }
        }
        rs.sort(Comparator.comparingDouble(Ruling::position));
        List<Ruling> out = new ArrayList<>();
        int i = 0;
        while (i < rs.size()) {
            int j = i + 1;
            while (j < rs.size() && rs.get(j).position() - rs.get(j - 1).position() <= tol.snap()) {
                j++;
            }
            out.addAll(joinCluster(rs.subList(i, j), tol));
            i = j;
        }
        return out;
    }

    private static List<Ruling> joinCluster(List<Ruling> cluster, Tolerances tol) {
        double pos = 0;
        for (Ruling r : cluster) {
            pos += r.position();
        }
        pos /= cluster.size();
        List<Ruling> sorted = new ArrayList<>(cluster);
        sorted.sort(Comparator.comparingDouble(Ruling::start));
        List<Ruling> out = new ArrayList<>();
        Ruling cur = null;
        for (Ruling r : sorted) {
            if (cur != null && r.start() <= cur.end() + tol.join()) {
                cur = new Ruling(cur.orientation(), pos, cur.start(), Math.max(cur.end(), r.end()),
                        Math.max(cur.thickness(), r.thickness()), cur.rgb(), cur.stroked());
            } else {
                if (cur != null) {
                    out.add(cur);
                }
                cur = new Ruling(r.orientation(), pos, r.start(), r.end(), r.thickness(), r.rgb(), r.stroked());
            }
        }
        if (cur != null) {
            out.add(cur);
        }
        return out;
    }
}
