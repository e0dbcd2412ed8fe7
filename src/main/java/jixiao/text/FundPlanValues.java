package jixiao.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits the fund-plan value tokens into amounts. A token that ends its line may continue on the next line (a value
 * wrapped in a narrow column: "431,830.3" / "0"); the split whose amounts add up to the budget total is preferred,
 * else pieces that cannot stand alone (".00", "1,295,90") are joined.
 */
final class FundPlanValues {
    private FundPlanValues() {
    }

    static List<String> join(List<Token> tokens, int periods, BigDecimal total) {
        List<Integer> seams = new ArrayList<>(); // token indexes that start a line after a token that ended one
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i).line() != tokens.get(i - 1).line()) {
                seams.add(i);
            }
        }
        int most = Math.max(periods, 1);
        List<String> plain = split(tokens, seams, 0);
        if (total == null || seams.isEmpty() || seams.size() > 10
                || sumIs(plain, total) && plain.size() <= most) {
            return obvious(tokens, seams);
        }
        for (int joins = 1; joins <= seams.size(); joins++) { // fewest joins first
            for (int mask = 1; mask < 1 << seams.size(); mask++) {
                if (Integer.bitCount(mask) != joins) {
                    continue;
                }
                List<String> cand = split(tokens, seams, mask);
                if (sumIs(cand, total) && cand.size() <= most) {
                    return cand;
                }
            }
        }
        return obvious(tokens, seams);
    }

    /** Joins only pieces that cannot be amounts on their own. */
    private static List<String> obvious(List<Token> tokens, List<Integer> seams) {
        int mask = 0;
        for (int k = 0; k < seams.size(); k++) {
            String before = tokens.get(seams.get(k) - 1).text();
            String after = tokens.get(seams.get(k)).text();
            if (!Shapes.amount(before) || !Shapes.amount(after) || after.startsWith(".") || after.startsWith(",")) {
                if (!Shapes.placeholder(before) && !Shapes.placeholder(after)) {
                    mask |= 1 << k;
                }
            }
        }
        return split(tokens, seams, mask);
    }

    private static List<String> split(List<Token> tokens, List<Integer> seams, int joinMask) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            int k = seams.indexOf(i);
            boolean join = k >= 0 && (joinMask & 1 << k) != 0;
            if (join && !out.isEmpty()) {
                out.set(out.size() - 1, out.get(out.size() - 1) + tokens.get(i).text());
            } else {
                out.add(tokens.get(i).text());
            }
        }
        return out;
    }

    private static boolean sumIs(List<String> amounts, BigDecimal total) {
        BigDecimal sum = BigDecimal.ZERO;
        for (String a : amounts) {
            if (Shapes.placeholder(a)) {
                continue;
            }
            if (!Shapes.amount(a)) {
                return false;
            }
            sum = sum.add(new BigDecimal(Shapes.compact(a).replace(",", "").replace("，", "")));
        }
        return sum.compareTo(total) == 0;
    }
}
