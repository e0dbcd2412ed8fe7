package jixiao;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Differences from the golds summed over many samples, for the ratchet tests: how many fields differ, how many
 * number fields came out as another number or where the gold has none (worse than a missing one), and a report
 * naming each.
 */
public final class GoldTally {
    private static final Pattern WRONG_NUMBER = Pattern.compile(": expected -?[0-9.]+(E-?[0-9]+)? got -?[0-9.]+.*");
    /** A number where the gold has none. */
    private static final Pattern INVENTED_NUMBER = Pattern.compile(": expected null got -?[0-9.]+(E-?[0-9]+)?$");

    private int differences;
    private int wrongNumbers;
    private int inventedNumbers;
    private final List<String> report = new ArrayList<>();

    /** Adds the differences of one sample, named in the report. */
    public void add(String name, List<String> diffs) {
        differences += diffs.size();
        for (String d : diffs) {
            if (WRONG_NUMBER.matcher(d).find()) {
                wrongNumbers++;
                report.add(name + ": " + d);
            } else if (INVENTED_NUMBER.matcher(d).find()) {
                inventedNumbers++;
                report.add(name + ": " + d);
            }
        }
        report.add(name + ": " + diffs.size() + " differences");
    }

    public int differences() {
        return differences;
    }

    public int wrongNumbers() {
        return wrongNumbers;
    }

    /** Number fields the gold leaves empty that came out with a number. */
    public int inventedNumbers() {
        return inventedNumbers;
    }

    /** The totals on the first line, then every sample's count and wrong numbers. */
    public String summary() {
        return "differences=" + differences + " wrongNumbers=" + wrongNumbers + " inventedNumbers=" + inventedNumbers
                + "\n" + String.join("\n", report);
    }
}
