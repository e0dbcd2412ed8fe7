package jixiao;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Differences from the golds summed over many samples, for the ratchet tests: how many fields differ, how many
 * number fields came out as another number (worse than a missing one), and a report naming each.
 */
public final class GoldTally {
    private static final Pattern WRONG_NUMBER = Pattern.compile(": expected -?[0-9.]+(E-?[0-9]+)? got -?[0-9.]+.*");

    private int differences;
    private int wrongNumbers;
    private final List<String> report = new ArrayList<>();

    /** Adds the differences of one sample, named in the report. */
    public void add(String name, List<String> diffs) {
        differences += diffs.size();
        for (String d : diffs) {
            if (WRONG_NUMBER.matcher(d).find()) {
                wrongNumbers++;
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

    /** The totals on the first line, then every sample's count and wrong numbers. */
    public String summary() {
        return "differences=" + differences + " wrongNumbers=" + wrongNumbers + "\n" + String.join("\n", report);
    }
}
