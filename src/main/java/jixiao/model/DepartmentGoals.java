package jixiao.model;

import java.util.List;

/** 部门整体绩效目标: the overall paragraph, numbered sub-goals and safeguard measures. */
public record DepartmentGoals(String overall, List<GoalItem> items, List<Safeguard> safeguards) {
    public DepartmentGoals {
        items = List.copyOf(items);
        safeguards = List.copyOf(safeguards);
    }

    /** One 分项绩效目标: its number, title and the text after 绩效目标：. */
    public record GoalItem(int no, String title, String target) {
    }

    /** One 工作保障措施: its number, title and text. */
    public record Safeguard(int no, String title, String text) {
    }
}
