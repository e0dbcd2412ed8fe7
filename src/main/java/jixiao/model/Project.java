package jixiao.model;

import java.util.List;

/** One project target table (项目绩效目标表). */
public record Project(int seq, String title, String code, String name, String department, String unitCode,
                      String unitName, String amountUnit, Budget budget, String purpose, List<FundPlanEntry> fundPlan,
                      List<String> goals, List<Indicator> indicators, List<Integer> pages, Box box) {
    public Project {
        budget = budget == null ? new Budget(null, null, null) : budget;
        fundPlan = List.copyOf(fundPlan);
        goals = List.copyOf(goals);
        indicators = List.copyOf(indicators);
        pages = List.copyOf(pages);
    }
}
