package jixiao;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The scorer's {@code align()}: Python's {@code difflib.SequenceMatcher(a, b, autojunk=False)} matching blocks,
 * with the gaps between blocks paired up positionally (substitutions). Ported line by line so that the tests align
 * rows exactly as {@code shared/eval/score} does. Keys may be null (Python's None).
 */
final class SequenceAlignment {
    private SequenceAlignment() {
    }

    /** Pairs {@code {i, j}} of aligned indices into gold and out, in order; unpaired items are absent/extra. */
    static List<int[]> align(List<?> gold, List<?> out) {
        List<int[]> pairs = new ArrayList<>();
        int gi = 0;
        int oj = 0;
        for (int[] block : matchingBlocks(gold, out)) {
            while (gi < block[0] && oj < block[1]) {
                pairs.add(new int[] {gi++, oj++});
            }
            gi = block[0];
            oj = block[1];
            for (int k = 0; k < block[2]; k++) {
                pairs.add(new int[] {gi + k, oj + k});
            }
            gi += block[2];
            oj += block[2];
        }
        return pairs;
    }

    /** {@code get_matching_blocks()}: triples (i, j, size), adjacent blocks merged, ending with (la, lb, 0). */
    static List<int[]> matchingBlocks(List<?> a, List<?> b) {
        Map<Object, List<Integer>> b2j = new HashMap<>();
        for (int j = 0; j < b.size(); j++) {
            b2j.computeIfAbsent(b.get(j), k -> new ArrayList<>()).add(j);
        }
        List<int[]> blocks = new ArrayList<>();
        Deque<int[]> queue = new ArrayDeque<>();
        queue.push(new int[] {0, a.size(), 0, b.size()});
        while (!queue.isEmpty()) {
            int[] q = queue.pop(); // Python's list.pop(): last in, first out
            int[] x = longestMatch(a, b, b2j, q[0], q[1], q[2], q[3]);
            int i = x[0];
            int j = x[1];
            int k = x[2];
            if (k > 0) {
                blocks.add(x);
                if (q[0] < i && q[2] < j) {
                    queue.push(new int[] {q[0], i, q[2], j});
                }
                if (i + k < q[1] && j + k < q[3]) {
                    queue.push(new int[] {i + k, q[1], j + k, q[3]});
                }
            }
        }
        blocks.sort((p, r) -> p[0] != r[0] ? Integer.compare(p[0], r[0])
                : p[1] != r[1] ? Integer.compare(p[1], r[1]) : Integer.compare(p[2], r[2]));
        return mergeAdjacent(blocks, a.size(), b.size());
    }

    private static List<int[]> mergeAdjacent(List<int[]> blocks, int la, int lb) {
        List<int[]> merged = new ArrayList<>();
        int i1 = 0;
        int j1 = 0;
        int k1 = 0;
        for (int[] blk : blocks) {
            if (i1 + k1 == blk[0] && j1 + k1 == blk[1]) {
                k1 += blk[2];
            } else {
                if (k1 > 0) {
                    merged.add(new int[] {i1, j1, k1});
                }
                i1 = blk[0];
                j1 = blk[1];
                k1 = blk[2];
            }
        }
        if (k1 > 0) {
            merged.add(new int[] {i1, j1, k1});
        }
        merged.add(new int[] {la, lb, 0});
        return merged;
    }

    /** {@code find_longest_match(alo, ahi, blo, bhi)} with no junk and no popular elements. */
    private static int[] longestMatch(List<?> a, List<?> b, Map<Object, List<Integer>> b2j,
                                      int alo, int ahi, int blo, int bhi) {
        int besti = alo;
        int bestj = blo;
        int bestsize = 0;
        Map<Integer, Integer> j2len = new HashMap<>();
        for (int i = alo; i < ahi; i++) {
            Map<Integer, Integer> newj2len = new HashMap<>();
            for (int j : b2j.getOrDefault(a.get(i), List.of())) {
                if (j < blo) {
                    continue;
                }
                if (j >= bhi) {
                    break;
                }
                int k = j2len.getOrDefault(j - 1, 0) + 1;
                newj2len.put(j, k);
                if (k > bestsize) {
                    besti = i - k + 1;
                    bestj = j - k + 1;
                    bestsize = k;
                }
            }
            j2len = newj2len;
        }
        while (besti > alo && bestj > blo && Objects.equals(a.get(besti - 1), b.get(bestj - 1))) {
            besti--;
            bestj--;
            bestsize++;
        }
        while (besti + bestsize < ahi && bestj + bestsize < bhi
                && Objects.equals(a.get(besti + bestsize), b.get(bestj + bestsize))) {
            bestsize++;
        }
        return new int[] {besti, bestj, bestsize};
    }
}
